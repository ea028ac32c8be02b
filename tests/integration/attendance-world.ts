import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { withCouncil } from '../../lib/db/tenant';
import type { BoardContext } from '../../lib/boards/context';
import { boardContext, makeCouncil } from './support';

// Thursday 9 April 2026, 10:00 to 12:00 London (BST). With two working days' notice the
// apologies are due by the end of Tuesday 7 April (DOMAIN.md's worked example).
export const MEETING_START = new Date('2026-04-09T09:00:00Z');
export const MEETING_END = new Date('2026-04-09T11:00:00Z');
export const APOLOGY_DEADLINE = new Date('2026-04-07T22:59:59.999Z');

/**
 * A council with a board, its administrator, an Independent Chair, a member with a
 * nominated substitute, a member without one, an attendee, and one coming meeting.
 */
export async function attendanceWorld(prisma: PrismaClient, opts: { quorumMinimum?: number | null; isPublic?: boolean } = {}) {
  const council = await makeCouncil(prisma);
  const person = (label: string) => prisma.person.create({ data: { name: `${label} ${council.slug}`, email: `${label.toLowerCase().replace(/\s+/g, '-')}@${council.slug}.test` } });
  const admin = await person('Admin');
  const chair = await person('Chair');
  const member = await person('Member');
  const other = await person('Other member');
  const attendee = await person('Attendee');
  const substitute = await person('Substitute');
  const outsider = await person('Outsider');
  return withCouncil(council.id, async (tx) => {
    for (const [p, role] of [[admin, 'ADMIN'], [chair, 'MEMBER'], [member, 'MEMBER'], [other, 'MEMBER'], [attendee, 'MEMBER'], [substitute, 'MEMBER'], [outsider, 'MEMBER']] as const) {
      await tx.councilMembership.create({ data: { councilId: council.id, personId: p.id, role } });
    }
    const board = await tx.board.create({
      data: { councilId: council.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD', isPublic: opts.isPublic ?? false, quorumMinimum: opts.quorumMinimum ?? null },
    });
    const otherBoard = await tx.board.create({ data: { councilId: council.id, slug: 'executive-group', name: 'Executive Group', kind: 'EXECUTIVE_GROUP' } });
    await tx.boardAccess.create({ data: { councilId: council.id, boardId: board.id, personId: chair.id, role: 'CHAIR' } });
    const seat = (personId: string, role: 'INDEPENDENT_CHAIR' | 'MEMBER' | 'ATTENDEE', position: string, substitutePersonId: string | null = null, boardId = board.id) =>
      tx.seat.create({ data: { councilId: council.id, boardId, personId, role, agency: 'Council', position, substitutePersonId } });
    const seats = {
      chair: await seat(chair.id, 'INDEPENDENT_CHAIR', 'Independent Chair'),
      member: await seat(member.id, 'MEMBER', "Director of Children's Services", substitute.id),
      other: await seat(other.id, 'MEMBER', 'Chief Executive'),
      attendee: await seat(attendee.id, 'ATTENDEE', 'Principal Social Worker'),
      // the outsider's only seat is on the other board
      elsewhere: await seat(outsider.id, 'MEMBER', 'Executive lead', null, otherBoard.id),
    };
    const meeting = await tx.meeting.create({
      data: { councilId: council.id, boardId: board.id, title: 'April board', startsAt: MEETING_START, endsAt: MEETING_END, venue: 'Committee Room 2, Council House' },
    });
    const ctx = (actorId: string, roles: BoardContext['roles'] = ['ADMINISTRATOR']) => boardContext(council, board, actorId, roles);
    return { council, board, otherBoard, people: { admin, chair, member, other, attendee, substitute, outsider }, seats, meeting, ctx };
  });
}
export type AttendanceWorld = Awaited<ReturnType<typeof attendanceWorld>>;
