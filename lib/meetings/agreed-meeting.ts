import type { Tx } from '../db/tenant';
import { AppError, invalid } from '../errors';
import { hasBegun } from '../rules/meetings';

/**
 * "Agreed by the board" names a meeting of this board that has taken place; another
 * board's or council's meeting is answered as not found. With `notBefore`, the meeting
 * must also have ended after that moment: a board cannot agree at a meeting held before
 * there was anything to agree (a date proposed, an action raised). A historical meeting
 * (held before the board came to Tabled) is the exception: what it agreed is entered
 * afterwards, so the proposal or the action's entry here postdates it by nature.
 */
export async function resolveAgreedMeeting(
  tx: Tx,
  boardId: string,
  meetingId: string | null,
  now: Date,
  field = 'agreedAtMeetingId',
  notBefore?: { at: Date; message: string },
) {
  if (!meetingId) return null;
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, boardId },
    select: { id: true, title: true, startsAt: true, endsAt: true, status: true, historical: true },
  });
  if (!meeting) throw new AppError('NOT_FOUND', 'That meeting was not found');
  if (!hasBegun(meeting, now)) {
    throw invalid({ [field]: ['Choose a meeting of this board that has taken place'] });
  }
  if (notBefore && !meeting.historical && meeting.endsAt < notBefore.at) {
    throw invalid({ [field]: [notBefore.message] });
  }
  return meeting;
}
