import type { ActionContext } from '../action/define';
import { AppError, invalid } from '../errors';
import { dayString, formatDateTime, formatDay } from '../format';
import { dbDay } from '../forms/fields';
import { proposalOutcome, effectiveDueDate } from '../rules/due-date-revision';
import { londonDay, type LondonDay } from '../rules/london-calendar';
import { proposalToken } from './schema';
import type { Revision, RevisionStore } from './store';

export type Proposal = { seenProposal: string; proposedDueOn: LondonDay; reason: string };

/**
 * A revised due date proposed with a reason, for an action of the log or of a plan: it
 * replaces the proposal waiting (the one the proposer saw), or starts one. The date that
 * counts does not move until a meeting agrees it. The caller has checked the action may
 * change, and writes its own audit event from what this returns.
 */
export async function proposeRevision(ctx: ActionContext, revisions: RevisionStore, action: { dueOn: Date; agreedDueOn: Date | null }, input: Proposal) {
  await revisions.lock();
  const pending = await revisions.pending();
  const effectiveDue = effectiveDueDate(dayString(action.dueOn), action.agreedDueOn && dayString(action.agreedDueOn));
  const waiting = proposalToken(pending);
  const outcome = proposalOutcome({
    seen: input.seenProposal,
    waiting,
    effectiveDue,
    proposed: input.proposedDueOn,
    pending: pending && dayString(pending.proposedDueOn),
    today: londonDay(ctx.now),
  });
  if (outcome.kind === 'clash') throw await clash(ctx, pending, waiting, effectiveDue);
  if (outcome.kind === 'refused') throw invalid({ proposedDueOn: [outcome.reason] });
  const data = {
    previousDueOn: dbDay(effectiveDue),
    proposedDueOn: dbDay(input.proposedDueOn),
    reason: input.reason,
    proposedById: ctx.actor.id,
    proposedAt: ctx.now,
  };
  let revisionId: string;
  if (pending) {
    await revisions.replace(pending.id, data);
    revisionId = pending.id;
  } else {
    revisionId = await revisions.create(data);
  }
  return { revisionId, effectiveDue, replaced: pending };
}

/** The proposal waiting now, shown beside the one just typed; `seenProposal` is the form's hidden field, so proposing again replaces it. */
async function clash(ctx: ActionContext, pending: Revision | null, waiting: string, effectiveDue: LondonDay) {
  if (!pending) {
    return new AppError(
      'CONFLICT',
      'The proposal you saw is no longer waiting: the board has agreed it, or it was withdrawn. Check the date that counts, then propose again if a new date is still needed.',
      undefined,
      { seenProposal: waiting, 'Due date that counts': formatDay(dbDay(effectiveDue)) },
    );
  }
  const by = pending.proposedById ? await ctx.tx.person.findUnique({ where: { id: pending.proposedById }, select: { name: true } }) : null;
  return new AppError(
    'CONFLICT',
    'Someone else proposed a new date for this action after you opened the page. Their proposal is shown below and yours is still in the form: to replace theirs with yours, propose again.',
    undefined,
    {
      seenProposal: waiting,
      proposedDueOn: formatDay(pending.proposedDueOn),
      reason: pending.reason,
      'Proposed by': `${by?.name ?? 'Unknown'}, ${formatDateTime(pending.proposedAt)}`,
    },
  );
}
