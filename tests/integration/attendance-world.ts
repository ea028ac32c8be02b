import type { BoardContext } from '../../lib/boards/context';
import { boardContext } from './support';
import * as make from '../fixtures';

// Thursday 9 April 2026, 10:00 to 12:00 London (BST). With two working days' notice the
// apologies are due by the end of Tuesday 7 April (DOMAIN.md's worked example).
export const MEETING_START = new Date('2026-04-09T09:00:00Z');
export const MEETING_END = new Date('2026-04-09T11:00:00Z');
export const APOLOGY_DEADLINE = new Date('2026-04-07T22:59:59.999Z');

/**
 * A council with a board, its administrator, an Independent Chair, a member with a
 * nominated substitute, a member without one, an attendee, and one coming meeting.
 */
export async function attendanceWorld(opts: { quorumMinimum?: number | null; isPublic?: boolean } = {}) {
  const council = await make.council();
  const person = (label: string, role: 'ADMIN' | 'MEMBER' = 'MEMBER') =>
    make.person(council, `${label} ${council.slug}`, { role, email: `${label.toLowerCase().replace(/\s+/g, '-')}@${council.slug}.test` });
  const admin = await person('Admin', 'ADMIN');
  const chair = await person('Chair');
  const member = await person('Member');
  const other = await person('Other member');
  const attendee = await person('Attendee');
  const substitute = await person('Substitute');
  const outsider = await person('Outsider');
  const board = await make.board(council, { isPublic: opts.isPublic ?? false, quorumMinimum: opts.quorumMinimum ?? null });
  const otherBoard = await make.executiveGroup(council);
  await make.access(council, board, chair, 'CHAIR');
  const seat = (p: { id: string }, role: 'INDEPENDENT_CHAIR' | 'MEMBER' | 'ATTENDEE', position: string, substitutePersonId: string | null = null, b = board) =>
    make.seat(council, b, p, { role, position, substitutePersonId });
  const seats = {
    chair: await seat(chair, 'INDEPENDENT_CHAIR', 'Independent Chair'),
    member: await seat(member, 'MEMBER', "Director of Children's Services", substitute.id),
    other: await seat(other, 'MEMBER', 'Chief Executive'),
    attendee: await seat(attendee, 'ATTENDEE', 'Principal Social Worker'),
    // the outsider's only seat is on the other board
    elsewhere: await seat(outsider, 'MEMBER', 'Executive lead', null, otherBoard),
  };
  const meeting = await make.meeting(council, board, {
    title: 'April board',
    startsAt: MEETING_START,
    endsAt: MEETING_END,
    venue: 'Committee Room 2, Council House',
  });
  const ctx = (actorId: string, roles: BoardContext['roles'] = ['ADMINISTRATOR']) => boardContext(council, board, actorId, roles);
  return { council, board, otherBoard, people: { admin, chair, member, other, attendee, substitute, outsider }, seats, meeting, ctx };
}
export type AttendanceWorld = Awaited<ReturnType<typeof attendanceWorld>>;
