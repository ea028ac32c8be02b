import { cache } from 'react';
import { notFound } from 'next/navigation';
import { resolveCouncil, type CouncilContext } from '../councils/queries';
import type { BoardRole } from '../auth/permissions';
import type { Region } from '../rules/bank-holidays';
import { loadCouncilBoards } from './access';

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

export const regionOf = (councilRegion: string): Region => regions[councilRegion] ?? 'england-and-wales';

/** The board named in the URL and the person's roles on it; a board that is not theirs answers 404. */
export const resolveBoard = cache(async (councilSlug: string, boardSlug: string): Promise<BoardContext> => {
  const ctx = await resolveCouncil(councilSlug);
  const boards = await loadCouncilBoards(ctx.council.id, ctx.councilRole, ctx.actor.id);
  const found = boards.find((b) => b.slug === boardSlug && b.roles.length > 0);
  if (!found) notFound();
  const { roles, parentBoard: _parent, meetings: _meetings, ...board } = found;
  return { ...ctx, board, roles, region: regionOf(ctx.council.region) };
});
