import { z } from 'zod';
import { enumField, everyTime, optionalId, optionalText, requiredDay, requiredId, requiredText, versionField, wholeNumber, yesNo } from '../forms/fields';

export const boardKinds = ['IMPROVEMENT_BOARD', 'EXECUTIVE_GROUP', 'CHILDRENS_TRUST', 'PLANNING_GROUP'] as const;
export const boardStatuses = ['PROVISIONAL', 'ESTABLISHED', 'DISSOLVED'] as const;
export const reportingBodies = ['CABINET', 'SCRUTINY_COMMITTEE', 'DFE', 'SAFEGUARDING_PARTNERSHIP', 'PARENT_BOARD', 'OTHER'] as const;

/**
 * Each rule setting of DOMAIN.md with its default and the bounds a board may choose.
 * The bounds keep a typo (50 working days, a 0-month review) from becoming a rule.
 * Substitutes: Tabled records one named substitute per seat (Seat.substitutePersonId),
 * so a board may choose 1 (the default, 001) or 0 (the board takes no substitutes).
 */
export const ruleSettings = {
  paperNoticeWorkingDays: {
    label: 'Papers circulated before a meeting (working days)',
    what: 'the working days of notice for papers',
    min: 0,
    max: 20,
    fallback: 5,
  },
  apologyNoticeWorkingDays: {
    label: 'Apologies and substitutes notified before a meeting (working days)',
    what: 'the working days of notice for apologies',
    min: 0,
    max: 10,
    fallback: 2,
  },
  substitutesPerMember: { label: 'Named substitutes per member', what: 'the number of substitutes per member', min: 0, max: 1, fallback: 1 },
  minutesDistributionDays: {
    label: 'Minutes distributed after a meeting (days)',
    what: 'the days within which minutes are distributed',
    min: 1,
    max: 60,
    fallback: 7,
  },
  publicationNoticeDays: {
    label: 'Published before a meeting, for public boards (days)',
    what: 'the days of notice for publication',
    min: 1,
    max: 60,
    fallback: 7,
  },
  commissionDueWorkingDays: {
    label: 'Working days before the paper deadline that commissioned papers are due',
    what: 'the working days before the paper deadline that commissioned papers are due',
    min: 0,
    max: 20,
    fallback: 2,
  },
  termsReviewMonths: { label: 'Terms of reference reviewed every (months)', what: 'the months between reviews of the terms', min: 1, max: 36, fallback: 6 },
  scheduleReviewMonths: {
    label: 'Meeting schedule reviewed after (months)',
    what: 'the months after which the schedule is reviewed',
    min: 1,
    max: 36,
    fallback: 6,
  },
} as const;
export type RuleSetting = keyof typeof ruleSettings;
export const ruleSettingNames = Object.keys(ruleSettings) as RuleSetting[];

export const QUORUM_MAX = 100;
export const RISK_APPETITE = { min: 1, max: 25, fallback: 12 } as const;
const PREFIX = /^[A-Z][A-Z0-9]{0,7}$/;

const prefixField = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : (v ?? '')),
  z.string().regex(PREFIX, 'The action reference prefix must be 1 to 8 letters or digits, starting with a letter, like IB'),
);

const ruleFields = (withFallbacks: boolean) => {
  const out = {} as Record<RuleSetting, ReturnType<typeof wholeNumber>>;
  for (const name of ruleSettingNames) {
    const r = ruleSettings[name];
    out[name] = wholeNumber(r.what, r.min, r.max, withFallbacks ? r.fallback : undefined);
  }
  return out;
};

/** Quorum is "none: the Chair decides" (001) or a minimum number of members present. */
const quorumFields = (withFallbacks: boolean) => ({
  quorumRule: z.preprocess(
    (v) => (v === undefined && withFallbacks ? 'NONE' : (v ?? '')),
    z.enum(['NONE', 'MINIMUM'], { message: 'Choose how the quorum is decided' }),
  ),
  quorumMinimum: z.preprocess((v) => (v === undefined || v === null ? '' : String(v)), z.string().trim()),
});

type QuorumInput = { quorumRule: 'NONE' | 'MINIMUM'; quorumMinimum: string };

const quorumCount = (text: string) => (/^\d+$/.test(text) ? Number(text) : NaN);

/** A refinement rather than a transform, so a missing minimum is reported with every other field's error. */
function checkQuorum(value: QuorumInput, ctx: z.RefinementCtx) {
  if (value.quorumRule !== 'MINIMUM') return;
  const text = typeof value.quorumMinimum === 'string' ? value.quorumMinimum : '';
  const n = quorumCount(text);
  if (!text)
    ctx.addIssue({ code: 'custom', path: ['quorumMinimum'], message: 'Enter the minimum number of members present, or choose that the Chair decides' });
  else if (!Number.isInteger(n) || n < 1 || n > QUORUM_MAX)
    ctx.addIssue({ code: 'custom', path: ['quorumMinimum'], message: `The quorum must be a whole number of members from 1 to ${QUORUM_MAX}` });
}

const detailFields = (withFallbacks: boolean) => ({
  name: requiredText('the board’s name', 120),
  kind: enumField(boardKinds, 'Choose the kind of board'),
  parentBoardId: optionalId('Choose a board from the list'),
  isPublic: withFallbacks
    ? z.preprocess((v) => v ?? 'false', yesNo('Choose whether the board publishes its papers'))
    : yesNo('Choose whether the board publishes its papers'),
  defaultVenue: optionalText('the default venue', 200),
  virtualAttendance: withFallbacks
    ? z.preprocess((v) => v ?? 'true', yesNo('Choose whether members may attend virtually'))
    : yesNo('Choose whether members may attend virtually'),
  advisory: withFallbacks
    ? z.preprocess((v) => v ?? 'false', yesNo('Choose whether the board decides or only recommends'))
    : yesNo('Choose whether the board decides or only recommends'),
  // a form posted without the question (an older page) leaves the board's choice as it was
  declarationsStandingItem: withFallbacks
    ? z.preprocess((v) => v ?? 'true', yesNo('Choose whether every agenda opens with declarations of interest'))
    : yesNo('Choose whether every agenda opens with declarations of interest').optional(),
  ...ruleFields(withFallbacks),
  ...quorumFields(withFallbacks),
  riskAppetiteScore: wholeNumber('the risk appetite score', RISK_APPETITE.min, RISK_APPETITE.max, withFallbacks ? RISK_APPETITE.fallback : undefined),
});

/** The quorum folded into one nullable number: null is "none, the Chair decides". */
const withQuorum = <T extends QuorumInput>(value: T) => {
  const { quorumRule, quorumMinimum, ...rest } = value;
  return { ...rest, quorumMinimum: quorumRule === 'MINIMUM' ? quorumCount(quorumMinimum) : null };
};

export const createBoardSchema = z
  .object({
    ...detailFields(true),
    // blank: the board's initials, made unique in the council
    actionReferencePrefix: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : (v ?? '')),
      z.union([z.literal(''), prefixField]).transform((v) => v || null),
    ),
    status: z.preprocess(
      (v) => v ?? 'PROVISIONAL',
      z.enum(['PROVISIONAL', 'ESTABLISHED'], { message: 'Choose whether the board starts provisional or established' }),
    ),
    effectiveOn: requiredDay('the date the board was set up'),
    decision: requiredText('the decision that set the board up', 2000),
  })
  .superRefine(checkQuorum, everyTime)
  .transform(withQuorum);

export const updateBoardSchema = z
  .object({
    boardId: requiredId('Reload the page and try again'),
    version: versionField,
    ...detailFields(false),
    actionReferencePrefix: prefixField,
  })
  .superRefine(checkQuorum, everyTime)
  .transform(withQuorum);

export const changeStatusSchema = z.object({
  boardId: requiredId('Reload the page and try again'),
  status: enumField(boardStatuses, 'Choose the new status'),
  effectiveOn: requiredDay('the date the change takes effect'),
  decision: requiredText('the decision behind the change', 2000),
});

export const addReportingLineSchema = z.object({
  boardId: requiredId('Reload the page and try again'),
  body: enumField(reportingBodies, 'Choose who the board reports to'),
  // blank: the body's usual name (the parent board's own name for a parent board)
  lineName: optionalText('the name of the body', 200),
  frequency: optionalText('how often it reports', 100),
});

export const removeReportingLineSchema = z.object({ lineId: requiredId('That reporting line was not found') });

export type CreateBoardInput = z.infer<typeof createBoardSchema>;
export type UpdateBoardInput = z.infer<typeof updateBoardSchema>;
