import 'server-only';
import { withCouncil } from '../../db/tenant';
import { AppError, notFound } from '../../errors';
import { fileStore } from '../../storage';
import { assertId, type BoardAccess } from '../route-access';
import type { OpenedFile } from '../download';

/**
 * The file an author submitted, before it is circulated: for the board's administrators
 * and the commission's reviewer only. Once circulated it is the paper's first version,
 * read like any paper. Another board's or council's commission answers 404.
 */
export async function openCommissionFile(access: BoardAccess, commissionId: string): Promise<OpenedFile> {
  assertId(commissionId, 'Commissioned paper');
  const c = await withCouncil(access.council.id, (tx) =>
    tx.paperCommission.findFirst({
      where: { id: commissionId, boardId: access.board.id },
      select: { reviewerId: true, storageKey: true, fileName: true, contentType: true, status: true },
    }),
  );
  if (!c) throw notFound('Commissioned paper');
  if (!access.roles.includes('ADMINISTRATOR') && c.reviewerId !== access.actor.id) {
    throw new AppError('FORBIDDEN', 'Only the board’s administrators and the paper’s reviewer can read it before it is circulated');
  }
  if (!c.storageKey || !c.fileName || !c.contentType) throw notFound('Commissioned paper');
  const stored = await fileStore().get(c.storageKey);
  if (!stored) throw new AppError('NOT_FOUND', "This paper's file is missing from storage. Ask the author to upload it again.");
  return { body: stored.body, sizeBytes: stored.sizeBytes, fileName: c.fileName, contentType: c.contentType };
}
