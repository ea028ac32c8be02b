import { defineRoute } from '@/lib/access/route';
import { getTermsVersion } from '@/lib/terms/queries';
import { renderTermsPdf, termsDocumentInput } from '@/lib/terms/pdf';

// A person's own view of council data: never cached, by the server or anyone between.
export const dynamic = 'force-dynamic';

/**
 * The PDF of one version. Authorised exactly as the pages are: the signed-in person's
 * membership of the council and role on the board, and the version looked up on this
 * board only, so anything else answers 404 (or sends a signed-out person to sign in).
 */
export const GET = defineRoute<{ council: string; board: string; version: string }>('terms.pdf', {
  scope: 'board',
  resource: 'terms',
  operation: 'read',
  answer: 'text',
  async run(ctx) {
    const v = await getTermsVersion.read(ctx, ctx.params.version);
    const pdf = await renderTermsPdf(termsDocumentInput(ctx, v));
    const fileName = `${ctx.board.slug}-terms-of-reference-v${v.label}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${fileName}"`, 'Content-Length': String(pdf.length) },
    });
  },
});
