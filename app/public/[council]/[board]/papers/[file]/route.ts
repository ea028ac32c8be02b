import { findPublicPaperFile } from '@/lib/public/queries';
import { fileStore } from '@/lib/storage';
import { attachmentDisposition } from '@/lib/storage/file-name';
import { assertStorageKey } from '@/lib/storage/keys';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * A public paper, for anyone: re-checks on every request that the board is public and
 * the paper is marked PUBLIC, circulated and published, so a paper re-marked OFFICIAL or
 * a board made private stops being served at once (hence no caching either).
 */
function validKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}

export async function GET(_request: Request, { params }: { params: Promise<{ council: string; board: string; file: string }> }) {
  const { council, board, file } = await params;
  const found = await findPublicPaperFile(council, board, file);
  if (!found) return notFound();
  // a key the store would refuse (a row written by hand) is a file that is not there
  if (!validKey(found.storageKey)) return notFound();
  const stored = await fileStore().get(found.storageKey);
  if (!stored) return notFound();
  return new Response(stored.body, {
    headers: {
      'Content-Type': found.contentType,
      'Content-Length': String(stored.sizeBytes),
      'Content-Disposition': attachmentDisposition(found.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
