import { z } from 'zod';
import { enumField, everyTime, optionalDay, optionalId, optionalText, requiredDay, requiredId, requiredText, versionField } from '../forms/fields';
import { seenProposalField } from '../due-date-revisions/schema';
import { EDITABLE_ACTION_STATUSES } from '../rules/plans';

export const inspectionKinds = ['FULL_INSPECTION', 'FOCUSED_VISIT', 'MONITORING_VISIT'] as const;
export const judgements = ['INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING', 'NOT_JUDGED'] as const;
export const findingKinds = ['PRIORITY_ACTION', 'IMMEDIATE_ACTION', 'AREA_FOR_IMPROVEMENT'] as const;
export const planStatuses = ['DRAFT', 'APPROVED', 'IN_DELIVERY', 'TRANSITION', 'CLOSED'] as const;
export const partnerKinds = ['COUNCIL', 'POLICE', 'HEALTH', 'SCHOOLS', 'OTHER'] as const;

/** The inspection select's choice meaning "a new inspection, described below". */
export const NEW_INSPECTION = 'NEW';

/** The finding textareas of the new-plan form, one finding a line, and the reference prefix each kind is given. */
export const findingFields = [
  { name: 'immediateActions', kind: 'IMMEDIATE_ACTION', prefix: 'IA', label: 'Immediate actions' },
  { name: 'priorityActions', kind: 'PRIORITY_ACTION', prefix: 'PA', label: 'Priority actions' },
  { name: 'areasForImprovement', kind: 'AREA_FOR_IMPROVEMENT', prefix: 'AFI', label: 'Areas for improvement' },
] as const;

const asText = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : Array.isArray(v) ? v : String(v));

/** Lines of a textarea, blank lines dropped; each line at most `max` characters. */
const lines = (what: string, max: number, maxLines = 100) =>
  z.preprocess(
    asText,
    z
      .string({ error: `Enter ${what} as text` })
      .transform((v) =>
        v
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      )
      .refine((l) => l.every((x) => x.length <= max), `Each line of ${what} must be ${max} characters or fewer`)
      .refine((l) => l.length <= maxLines, `Enter at most ${maxLines} lines of ${what}`),
  );

/** Checkboxes post nothing, one value or several: always a list of ids, each checked. */
const idList = (message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]),
    z
      .array(z.string().uuid(message))
      .max(200, message)
      .transform((ids) => [...new Set(ids)]),
  );

const planKey = { planId: requiredId('That plan was not found') };
const actionKey = { ...planKey, actionId: requiredId('That action was not found') };

export const createPlanSchema = z
  .object({
    title: requiredText('the plan’s title', 200),
    submissionDeadline: optionalDay('the submission deadline'),
    previousPlanId: optionalId('Choose a previous plan from the list'),
    inspectionChoice: z.preprocess(asText, z.string({ error: 'Choose one inspection' }).trim()),
    inspectionKind: z.preprocess(asText, z.string()),
    inspectionTitle: optionalText('the inspection’s title', 300),
    visitedOn: optionalDay('the inspection date'),
    judgement: z.preprocess(asText, z.string()),
    immediateActions: lines('immediate actions', 2000),
    priorityActions: lines('priority actions', 2000),
    areasForImprovement: lines('areas for improvement', 2000),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (typeof v.inspectionChoice !== 'string') return;
    if (v.inspectionChoice === '') issue('inspectionChoice', 'Choose the inspection this plan answers, or a new inspection');
    else if (v.inspectionChoice === NEW_INSPECTION) {
      if (!(inspectionKinds as readonly string[]).includes(v.inspectionKind)) issue('inspectionKind', 'Choose the kind of inspection');
      if (!v.inspectionTitle) issue('inspectionTitle', 'Enter the inspection’s title');
      if (v.visitedOn === null) issue('visitedOn', 'Enter the inspection date');
      if (!(judgements as readonly string[]).includes(v.judgement)) issue('judgement', 'Choose the judgement');
    } else if (!z.string().uuid().safeParse(v.inspectionChoice).success) issue('inspectionChoice', 'Choose an inspection from the list');
  }, everyTime);
export type CreatePlanInput = z.infer<typeof createPlanSchema>;

export const updatePlanSchema = z.object({
  ...planKey,
  version: versionField,
  title: requiredText('the plan’s title', 200),
  submissionDeadline: optionalDay('the submission deadline'),
  submittedOn: optionalDay('the date it was submitted'),
});

/** Ofsted's response to a submitted plan: when it came, its judgement, its letter as one of the board's papers, a note. */
export const recordOutcomeSchema = z.object({
  ...planKey,
  version: versionField,
  outcomeOn: requiredDay('the date Ofsted’s response came'),
  outcomeJudgement: enumField(judgements, 'Choose the judgement'),
  outcomeLetterPaperId: optionalId('That paper was not found'),
  outcomeNote: optionalText('the note', 2000),
});

export const addFindingsSchema = z.object({
  ...planKey,
  kind: enumField(findingKinds, 'Choose the kind of finding'),
  text: lines('findings', 2000).refine((l) => l.length > 0, 'Enter at least one finding, one a line'),
});

export const planStatusSchema = z.object({ ...planKey, version: versionField, status: enumField(planStatuses, 'Choose the new status') });
export const approvePlanSchema = z.object({
  ...planKey,
  version: versionField,
  meetingId: requiredId('Choose the meeting at which the board agreed the plan'),
});

export const addThemeSchema = z.object({ ...planKey, name: requiredText('the theme’s name', 120) });
export const renameThemeSchema = z.object({ ...planKey, themeId: requiredId('That theme was not found'), name: requiredText('the theme’s name', 120) });
export const moveThemeSchema = z.object({
  ...planKey,
  themeId: requiredId('That theme was not found'),
  direction: enumField(['up', 'down'] as const, 'Choose up or down'),
});

const actionFields = {
  themeId: requiredId('Choose a theme'),
  reference: optionalText('the reference', 20),
  description: requiredText('the action', 4000),
  leadOfficer: requiredText('the lead officer', 200),
  findingIds: idList('Choose findings from the list'),
  agencyIds: idList('Choose partner agencies from the list'),
  deliveryBodyId: optionalId('Choose a delivery and monitoring body from the list'),
  scrutinyBodyId: optionalId('Choose a scrutiny body from the list'),
  secondScrutinyBodyId: optionalId('Choose a second scrutiny body from the list'),
};

export const createActionSchema = z.object({ ...planKey, ...actionFields, dueOn: requiredDay('the due date') });
export const updateActionSchema = z.object({
  ...actionKey,
  ...actionFields,
  version: versionField,
  status: enumField(EDITABLE_ACTION_STATUSES, 'Choose the status: not started, in progress or awaiting sign-off'),
});
export type ActionFieldsInput = z.infer<typeof createActionSchema>;

export const addMilestoneSchema = z.object({ ...actionKey, title: requiredText('the milestone', 300), dueOn: requiredDay('the milestone’s due date') });
export const completeMilestoneSchema = z.object({
  ...actionKey,
  milestoneId: requiredId('That milestone was not found'),
  completedOn: requiredDay('the date it was completed'),
});

export const proposeDueDateSchema = z.object({
  ...actionKey,
  seenProposal: seenProposalField,
  proposedDueOn: requiredDay('the proposed due date'),
  reason: requiredText('the reason for the new date', 2000),
});
export const agreeDueDateSchema = z.object({
  ...actionKey,
  revisionId: requiredId('That revised date was not found'),
  meetingId: requiredId('Choose the meeting that agreed the new date'),
});

const urlLine = (l: string) => {
  try {
    const u = new URL(l);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

export const signOffSchema = z
  .object({
    ...actionKey,
    version: versionField,
    meetingId: requiredId('Choose the meeting at which the board signed the action off'),
    proposedBy: requiredText('who proposed the sign-off', 200),
    documents: lines('documents', 300, 50),
    links: lines('links', 2000, 50).refine((l) => l.every(urlLine), 'Enter each link as a full web address starting https://, one a line'),
    measures: lines('measures', 300, 50),
    summary: optionalText('the summary', 4000),
  })
  .superRefine((v, ctx) => {
    const count = [v.documents, v.links, v.measures].reduce((n, l) => n + (Array.isArray(l) ? l.length : 0), 0);
    if (count === 0) ctx.addIssue({ code: 'custom', path: ['documents'], message: 'Enter the evidence the board saw: at least one document, link or measure' });
  }, everyTime);

export const reopenSchema = z.object({
  ...actionKey,
  version: versionField,
  meetingId: requiredId('Choose the meeting at which the board reopened the action'),
  reason: requiredText('why the board reopened the action', 2000),
});

export const carryOverSchema = z
  .object({
    ...planKey,
    fromActionId: requiredId('That action of the previous plan was not found'),
    toActionId: optionalId('Choose an action of this plan from the list'),
    closedReason: optionalText('the reason for closing it', 2000),
  })
  .superRefine((v, ctx) => {
    if (v.toActionId && v.closedReason)
      ctx.addIssue({ code: 'custom', path: ['closedReason'], message: 'Either carry the action into this plan or close it with a reason, not both' });
    else if (!v.toActionId && !v.closedReason)
      ctx.addIssue({ code: 'custom', path: ['toActionId'], message: 'Choose the action of this plan that carries it, or close it with a reason' });
  }, everyTime);

export const addAgencySchema = z.object({
  ...planKey,
  name: requiredText('the agency’s name', 200),
  kind: enumField(partnerKinds, 'Choose the kind of agency'),
});
export const addScrutinyBodySchema = z.object({ ...planKey, name: requiredText('the body’s name', 200) });
