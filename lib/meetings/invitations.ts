// Calendar invitations: scheduling, changing, moving and cancelling a meeting emails each
// person due its papers an iCalendar invitation that their calendar applies in place.
import type { Tx } from '../db/tenant';
import { enqueueMail } from '../mail/outbox';
import { mailConfig } from '../mail/config';
import { reachOfPapers, type Unreachable } from '../papers/recipients';
import { buildInvitation } from '../calendar/ics';
import { meetingEvent, meetingEventSelect } from '../calendar/meeting-event';
import { formatDateTime, formatTime } from '../format';

/** What happened to the meeting, which decides the method and the words. */
export type InvitationOccasion = 'scheduled' | 'changed' | 'moved' | 'cancelled';

type Council = { id: string; slug: string; name: string };

/** "Tabled <no-reply@x>" or "no-reply@x": the address part, for ORGANIZER. */
export function addressOf(from: string): string {
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim();
}

/**
 * A meeting that was moved is a new row pointing at the one it replaced, but in people's
 * calendars it is the same event: the UID is the first meeting's, and the SEQUENCE adds
 * up the versions along the chain, so every change anywhere in it counts as newer.
 */
async function calendarIdentity(tx: Tx, meetingId: string): Promise<{ uid: string; sequence: number }> {
  let sequence = 0;
  let id: string | null = meetingId;
  let root = meetingId;
  for (let hops = 0; id && hops < 100; hops++) {
    const row: { id: string; version: number; rescheduledFromId: string | null } | null = await tx.meeting.findUnique({
      where: { id },
      select: { id: true, version: true, rescheduledFromId: true },
    });
    if (!row) break;
    sequence += row.version;
    root = row.id;
    id = row.rescheduledFromId;
  }
  return { uid: `meeting-${root}@tabled`, sequence };
}

const subjects: Record<InvitationOccasion, string> = { scheduled: 'Invitation', changed: 'Updated', moved: 'Moved', cancelled: 'Cancelled' };

/**
 * Queues one invitation per person due the meeting's papers, in the caller's transaction
 * (so it goes if and only if the change commits). Returns who was invited and who could
 * not be written to, with why.
 */
export async function sendMeetingInvitations(tx: Tx, council: Council, meetingId: string, occasion: InvitationOccasion, now: Date) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { ...meetingEventSelect, boardId: true, historical: true } });
  // a historical record was never run here: no one is invited to it, whatever changes
  if (meeting.historical) return { invited: [] as string[], unreachable: [] as Awaited<ReturnType<typeof reachOfPapers>>['unreachable'] };
  const { uid, sequence } = await calendarIdentity(tx, meetingId);
  const event = { ...meetingEvent(council, meeting), uid, sequence };
  const method = occasion === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const { recipients, unreachable } = await reachOfPapers(tx, { councilId: council.id, boardId: meeting.boardId, meetingId, startsAt: meeting.startsAt });
  const organizer = { name: `${meeting.board.name}, ${council.name}`, email: addressOf(mailConfig().from) };
  const when = `${formatDateTime(meeting.startsAt)} to ${formatTime(meeting.endsAt)}`;
  const where = meeting.venue ?? (meeting.virtualLink ? 'Online' : 'To be confirmed');
  const opening = {
    scheduled: `You are invited to a meeting of the ${meeting.board.name}.`,
    changed: `The details of this meeting of the ${meeting.board.name} have changed.`,
    moved: `This meeting of the ${meeting.board.name} has moved to a new date or time.`,
    cancelled: `This meeting of the ${meeting.board.name} is cancelled.${meeting.cancelledReason ? ` ${meeting.cancelledReason.replace(/\.$/, '')}.` : ''}`,
  }[occasion];
  for (const person of recipients) {
    const text = [
      `Dear ${person.name},`,
      '',
      opening,
      '',
      `${meeting.title}`,
      `When: ${when}`,
      `Where: ${where}`,
      ...(meeting.virtualLink && occasion !== 'cancelled' ? [`Join virtually: ${meeting.virtualLink}`] : []),
      '',
      occasion === 'cancelled'
        ? 'Your calendar takes the meeting out when you open the attached cancellation.'
        : 'The attached invitation puts the meeting in your calendar, and later changes update it there. If you cannot come, send your apologies in Tabled, not by replying to this email:',
      event.url ?? '',
    ].join('\n');
    await enqueueMail(tx, {
      councilId: council.id,
      kind: occasion === 'cancelled' ? 'meeting.cancelled' : 'meeting.invitation',
      to: person.email,
      subject: `${subjects[occasion]}: ${meeting.title}, ${formatDateTime(meeting.startsAt)}`,
      text,
      calendar: { method, content: buildInvitation({ method, event, organizer, attendee: { name: person.name, email: person.email }, now }) },
    });
  }
  return { invited: recipients.map((r) => r.name), unreachable };
}

/** ". Calendar invitations queued for 6 people. Not invited: Ann Lee (no email address is on record)" */
export function invitationNote(sent: { invited: string[]; unreachable: Unreachable[] }, what = 'Calendar invitations'): string {
  const n = sent.invited.length;
  const queued = n ? `. ${what} queued for ${n} ${n === 1 ? 'person' : 'people'}` : '';
  const missed = sent.unreachable.length ? `. Not written to: ${sent.unreachable.map((u) => `${u.name} (${u.why})`).join('; ')}` : '';
  return queued + missed;
}
