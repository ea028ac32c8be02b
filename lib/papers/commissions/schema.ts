import { z } from 'zod';
import { enumField, optionalDay, optionalId, optionalText, requiredDay, requiredId, requiredText, versionField } from '../../forms/fields';
import { markings } from '../schema';

const asText = (v: unknown) => (v === undefined || v === null ? '' : v);

/**
 * Asking for a paper: from an agenda item or a forward plan item (one of them), of an
 * author who holds a seat on the board (picked) or anyone with a name and email, with an
 * optional reviewer (picked). The due date may be left empty for the board's default;
 * the action checks it against the meeting's paper deadline and today.
 */
export const requestCommissionSchema = z
  .object({
    agendaItemId: optionalId('Choose an agenda item from the list'),
    forwardPlanItemId: optionalId('Choose a forward plan item from the list'),
    title: requiredText("the paper's title", 300),
    note: optionalText('the note to the author', 2000),
    marking: enumField(markings, 'Choose a protective marking'),
    authorPersonId: optionalId('Choose the author from the list'),
    authorName: optionalText("the author's name", 200),
    authorEmail: z.preprocess(asText, z.string().trim().toLowerCase().max(320, 'The email address must be 320 characters or fewer')),
    reviewerId: optionalId('Choose the reviewer from the list'),
    dueOn: optionalDay('the due date'),
  })
  .superRefine((v, ctx) => {
    if (!v.agendaItemId && !v.forwardPlanItemId)
      ctx.addIssue({ code: 'custom', path: ['form'], message: 'Commission a paper from an agenda item or a forward plan item' });
    if (v.authorPersonId) return;
    if (!v.authorName) ctx.addIssue({ code: 'custom', path: ['authorName'], message: "Choose a seat holder, or enter the author's name" });
    if (!v.authorEmail) ctx.addIssue({ code: 'custom', path: ['authorEmail'], message: "Choose a seat holder, or enter the author's email address" });
    else if (!z.string().email().safeParse(v.authorEmail).success)
      ctx.addIssue({ code: 'custom', path: ['authorEmail'], message: 'Enter an email address in the correct format, like name@council.gov.uk' });
  });
export type RequestCommissionInput = z.infer<typeof requestCommissionSchema>;

export const changeDueSchema = z.object({
  commissionId: requiredId('Choose a commissioned paper'),
  version: versionField,
  dueOn: requiredDay('the due date'),
});

export const reviewCommissionSchema = z
  .object({
    commissionId: requiredId('Choose a commissioned paper'),
    version: versionField,
    decision: enumField(['approve', 'send-back'] as const, 'Choose whether to approve the paper or ask for changes'),
    note: optionalText('what needs changing', 2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'send-back' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say what needs changing, for the author' });
  });

export const commissionStepSchema = z.object({
  commissionId: requiredId('Choose a commissioned paper'),
  version: versionField,
});

export const withdrawCommissionSchema = commissionStepSchema.extend({
  reason: optionalText('the reason', 2000),
});

/** What comes with an author's upload, in the query string (the body is the file). */
export const commissionUploadSchema = z.object({
  fileName: z.string().trim().min(1, 'Choose a file to upload').max(1000, 'The file name is too long'),
});

/** The words for each step of a commission's history (CommissionEvent.kind, a string column). */
export const commissionEventLabels: Record<string, string> = {
  requested: 'Requested',
  submitted: 'Submitted',
  approved: 'Approved',
  'changes-requested': 'Changes requested',
  circulated: 'Circulated',
  withdrawn: 'Withdrawn',
  'due-changed': 'Due date changed',
};

/** What the commission's page says after each step (the `done` its form action redirects with). */
export const commissionDoneMessages: Record<string, string> = {
  requested: 'The paper was commissioned. The author has been emailed a link to upload it.',
  'due-changed': 'The due date was changed.',
  approved: 'You approved the paper: it can now be circulated.',
  'sent-back': 'You sent the paper back to its author with your note. They have been emailed a new link to upload it.',
  circulated: 'The paper was circulated to everyone due the meeting’s papers, as its agenda item’s paper.',
  'circulated-late':
    'The paper was circulated to everyone due the meeting’s papers. The paper deadline had passed, so it is marked late and needs the Chair’s consent to reach the agenda.',
  withdrawn: 'The commission was withdrawn. The author has been told, and the upload link no longer works.',
};
