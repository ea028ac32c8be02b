import { cache } from 'react';
import { notFound } from 'next/navigation';
import { withCouncil } from '../db/tenant';
import { resolveCouncil, type CouncilContext } from '../councils/queries';
import type { BoardRole } from '../auth/permissions';
import type { Region } from '../rules/bank-holidays';

export type BoardContext = CouncilContext & {
  board: {
    id: string;
    slug: string;
    name: string;
    kind: string;
    status: string;
    isPublic: boolean;
    paperNoticeWorkingDays: number;
    apologyNoticeWorkingDays: number;
    minutesDistributionDays: number;
    quorumMinimum: number | null;
    riskAppetiteScore: number;
  };
  roles: BoardRole[];
  region: Region;
};

const regions: Record<string, Region> = {
  ENGLAND_AND_WALES: 'england-and-wales',
  SCOTLAND: 'scotland',
  NORTHERN_IRELAND: 'northern-ireland',
};

/**
 * The board named in the URL and the person's roles on it. Council owners and admins
 * administer every board; anyone else needs access to the board or a seat (or to stand
 * in as a substitute). Without any of these the board answers 404.
 */
export const resolveBoard = cache(async (councilSlug: string, boardSlug: string): Promise<BoardContext> => {
  const ctx = await resolveCouncil(councilSlug);
  const found = await withCouncil(ctx.council.id, async (tx) => {
    const board = await tx.board.findFirst({
      where: { councilId: ctx.council.id, slug: boardSlug },
      select: {
        id: true, slug: true, name: true, kind: true, status: true, isPublic: true,
        paperNoticeWorkingDays: true, apologyNoticeWorkingDays: true, minutesDistributionDays: true,
        quorumMinimum: true, riskAppetiteScore: true,
        access: { where: { personId: ctx.actor.id }, select: { role: true } },
        seats: {
          where: { OR: [{ personId: ctx.actor.id }, { substitutePersonId: ctx.actor.id }] },
          select: { personId: true, role: true },
        },
      },
    });
    return board;
  });
  if (!found) notFound();
  const roles = new Set<BoardRole>(found.access.map((a) => a.role));
  if (ctx.councilRole === 'OWNER' || ctx.councilRole === 'ADMIN') roles.add('ADMINISTRATOR');
  for (const seat of found.seats) {
    if (seat.personId !== ctx.actor.id) roles.add('SUBSTITUTE');
    else if (seat.role === 'ATTENDEE') roles.add('ATTENDEE');
    else if (seat.role === 'CHAIR' || seat.role === 'INDEPENDENT_CHAIR') roles.add('CHAIR');
    else roles.add('MEMBER');
  }
  if (roles.size === 0) notFound();
  const { access: _access, seats: _seats, ...board } = found;
  return { ...ctx, board, roles: [...roles], region: regions[ctx.council.region] ?? 'england-and-wales' };
});
