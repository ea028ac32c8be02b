import { defineRoute } from '@/lib/access/route';
import { notFound } from '@/lib/errors';
import { findPublicPaperFile } from '@/lib/public/queries';
import { fileStore } from '@/lib/storage';
import { attachmentDisposition } from '@/lib/storage/file-name';
import { assertStorageKey } from '@/lib/storage/keys';

export const dynamic = 'force-dynamic';

function validKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * A public paper, for anyone: re-checks on every request that the board is public and
 * the paper is marked PUBLIC, circulated and published, so a paper re-marked OFFICIAL or
 * a board made private stops being served at once (hence no caching either).
 */
export const GET = defineRoute<{ council: string; board: string; file: string }>('public.paper', {
  scope: 'public',
  reason: "what a public board publishes is for anyone: findPublicPaperFile serves only a public board's circulated, published PUBLIC papers",
  answer: 'text',
  async run(ctx) {
    const { council, board, file } = ctx.params;
    const found = await findPublicPaperFile(council, board, file);
    // a key the store would refuse (a row written by hand) is a file that is not there
    if (!found || !validKey(found.storageKey)) throw notFound();
    const stored = await fileStore().get(found.storageKey);
    if (!stored) throw notFound();
    return new Response(stored.body, {
      headers: {
        'Content-Type': found.contentType,
        'Content-Length': String(stored.sizeBytes),
        'Content-Disposition': attachmentDisposition(found.fileName),
        'Cache-Control': 'no-store',
      },
    });
  },
});
