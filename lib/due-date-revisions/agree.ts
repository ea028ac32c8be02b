import type { ActionContext } from '../action/define';
import { AppError, invalid } from '../errors';
import { formatDay } from '../format';
import { resolveAgreedMeeting } from '../meetings/agreed-meeting';
import type { Revision, RevisionStore } from './store';

// The board agrees a proposed date at a meeting, for an action of the log or of a plan.
// Each feature checks its own action between finding the revision and recording the
// agreement (finished, a stale form), then moves its date that counts and audits it.

/** The revision a form names, of this action only, with the action locked as a proposal locks it. */
export async function revisionToAgree(revisions: RevisionStore, revisionId: string) {
  await revisions.lock();
  const revision = await revisions.find(revisionId);
  if (!revision) throw new AppError('NOT_FOUND', 'That proposed date was not found');
  return revision;
}

export async function refuseIfAgreed(ctx: ActionContext, revision: Revision) {
  if (!revision.agreedAt) return;
  const meeting = revision.agreedAtMeetingId
    ? await ctx.tx.meeting.findFirst({ where: { id: revision.agreedAtMeetingId }, select: { title: true, startsAt: true } })
    : null;
  throw new AppError('CONFLICT', `That new date was already agreed${meeting ? ` at ${meeting.title}, ${formatDay(meeting.startsAt)}` : ''}`);
}

/**
 * Records the agreement at a meeting of this board that has taken place and ended after
 * the date was proposed (an earlier meeting cannot have agreed it). Of two agreements at
 * once, the second finds it agreed. `field` names the form's meeting field.
 */
export async function recordAgreement(ctx: ActionContext, revisions: RevisionStore, boardId: string, revision: Revision, meetingId: string, field: string) {
  const meeting = await resolveAgreedMeeting(ctx.tx, boardId, meetingId, ctx.now, field, {
    at: revision.proposedAt,
    message: 'That meeting was held before this date was proposed: choose the meeting that agreed it',
  });
  if (!meeting) throw invalid({ [field]: ['Choose the meeting at which the board agreed the new date'] });
  if (!(await revisions.agree(revision.id, meeting.id, ctx.now))) throw new AppError('CONFLICT', 'That new date was already agreed');
  return meeting;
}
