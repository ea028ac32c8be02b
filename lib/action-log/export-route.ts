import { redirect } from 'next/navigation';
import { getActor } from '../auth/session';
import { actionLogExportFor, type ExportFormat } from './export';

export type ExportParams = { params: Promise<{ council: string; board: string }> };

/** The route handlers' one body: the signed-in person, then the file or a 404. */
export async function exportResponse(request: Request, { params }: ExportParams, format: ExportFormat): Promise<Response> {
  const { council, board } = await params;
  const url = new URL(request.url);
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/${council}/boards/${board}/actions${url.search}`)}`);
  const search: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in search)) search[k] = v;
  const file = await actionLogExportFor(actor.id, council, board, search, format);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
