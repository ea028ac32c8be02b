import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { withCouncil } from '../../lib/db/tenant';
import { makeCouncil } from './support';

const DAY = 86_400_000;

/**
 * A council with an administrator (council admin), the Chair and a member of its
 * Improvement Board, another board beside it, and a maker of meetings `daysFromNow`
 * days from `now` (two hours long, held unless told otherwise).
 */
export async function governanceWorld(prisma: PrismaClient, now: Date) {
  const council = await makeCouncil(prisma);
  const person = (role: string) => prisma.person.create({ data: { name: `The ${role}`, email: `${role}-${council.slug}@example.test` } });
  const [admin, chair, member] = [await person('admin'), await person('chair'), await person('member')];
  const boards = await withCouncil(council.id, async (tx) => {
    await tx.councilMembership.create({ data: { councilId: council.id, personId: admin.id, role: 'ADMIN' } });
    for (const p of [chair, member]) await tx.councilMembership.create({ data: { councilId: council.id, personId: p.id, role: 'MEMBER' } });
    const board = await tx.board.create({ data: { councilId: council.id, slug: 'improvement-board', name: 'Improvement Board', kind: 'IMPROVEMENT_BOARD' } });
    const otherBoard = await tx.board.create({ data: { councilId: council.id, slug: 'executive-group', name: 'Executive Group', kind: 'EXECUTIVE_GROUP' } });
    await tx.boardAccess.create({ data: { councilId: council.id, boardId: board.id, personId: chair.id, role: 'CHAIR' } });
    await tx.boardAccess.create({ data: { councilId: council.id, boardId: board.id, personId: member.id, role: 'MEMBER' } });
    return { board, otherBoard };
  });
  const meeting = (boardId: string, daysFromNow: number, status: 'SCHEDULED' | 'HELD' | 'CANCELLED' = 'HELD') =>
    withCouncil(council.id, (tx) =>
      tx.meeting.create({
        data: {
          councilId: council.id, boardId, title: `Meeting ${daysFromNow}`, status,
          startsAt: new Date(now.getTime() + daysFromNow * DAY), endsAt: new Date(now.getTime() + daysFromNow * DAY + 2 * 3_600_000),
        },
      }),
    );
  return { council, admin, chair, member, ...boards, meeting };
}
