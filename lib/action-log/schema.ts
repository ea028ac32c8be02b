import { z } from 'zod';
import { everyTime, optionalId, optionalText, requiredDay, requiredId, requiredText, versionField } from '../forms/fields';
import { seenProposalField } from '../due-date-revisions/schema';
import { UPDATE_STATUSES } from '../rules/action-log';

// The action log's forms. Each form on the action's page names its fields uniquely, so
// that several forms can sit on one page with distinct ids and labels.

const actionRef = { actionId: requiredId('That action was not found') };

/**
 * The owner: a seat of this board, or a partner agency named in words. Exactly one, so
 * the log never has to guess who answers for an action.
 */
const ownerFields = {
  ownerSeatId: optionalId('Choose a seat from the list'),
  ownerAgency: optionalText('the partner agency', 200),
};
const oneOwner = (v: { ownerSeatId: unknown; ownerAgency: unknown }, ctx: z.RefinementCtx) => {
  const seat = typeof v.ownerSeatId === 'string' && v.ownerSeatId !== '';
  const agency = typeof v.ownerAgency === 'string' && v.ownerAgency !== '';
  if (seat && agency)
    ctx.addIssue({
      code: 'custom',
      path: ['ownerAgency'],
      message: 'You chose a seat as the owner: clear the partner agency, or choose “a partner agency” from the list',
    });
  if (!seat && !agency)
    ctx.addIssue({ code: 'custom', path: ['ownerSeatId'], message: 'Choose the seat that owns the action, or name the partner agency that does' });
};

const details = {
  description: requiredText('what the action is', 2000),
  ...ownerFields,
  sourceMeetingId: optionalId('Choose a meeting from the list'),
};

export const createActionSchema = z.object({ ...details, dueOn: requiredDay('the due date') }).superRefine(oneOwner, everyTime);

export const editActionSchema = z.object({ ...actionRef, version: versionField, ...details }).superRefine(oneOwner, everyTime);

export const progressSchema = z.object({
  ...actionRef,
  body: requiredText('the progress update', 4000),
  statusAfter: z.preprocess(
    (v) => (v === undefined || v === null ? '' : v),
    z.union([z.literal(''), z.enum(UPDATE_STATUSES)], { error: 'Choose a status from the list' }).transform((v) => v || null),
  ),
});

/** `seenProposal`: the waiting proposal the form showed, so that one made meanwhile is not replaced unseen. */
export const proposeDateSchema = z.object({
  ...actionRef,
  seenProposal: seenProposalField,
  proposedDueOn: requiredDay('the new due date'),
  reason: requiredText('the reason for the new date', 1000),
});

export const agreeDateSchema = z.object({
  ...actionRef,
  version: versionField,
  revisionId: requiredId('That proposed date was not found'),
  agreedAtMeetingId: requiredId('Choose the meeting at which the board agreed the new date'),
});

export const signOffSchema = z.object({
  ...actionRef,
  version: versionField,
  signedOffAtMeetingId: requiredId('Choose the meeting at which the board signed the action off'),
  signOffNote: optionalText('the note', 2000),
});

export const dropSchema = z.object({
  ...actionRef,
  droppedReason: requiredText('the reason for dropping the action', 1000),
});
