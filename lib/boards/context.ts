import { cache } from 'react';
import type { CouncilContext } from '../councils/queries';
import type { BoardRole } from '../auth/permissions';
import type { Region } from '../rules/bank-holidays';
import { boardPageAccess } from '../access/page';
import type { AccessBoard } from '../access/resolve';

export type BoardContext = CouncilContext & {
  board: AccessBoard;
  roles: BoardRole[];
  region: Region;
};

export { regionOf } from './regions';

/** The board named in the URL and the person's roles on it (lib/access/page.ts); a board that is not theirs answers 404. */
export const resolveBoard = cache((councilSlug: string, boardSlug: string): Promise<BoardContext> => boardPageAccess(councilSlug, boardSlug));
