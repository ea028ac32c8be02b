import { fileResponse } from '@/lib/papers/download';
import { agendaPackFor } from '@/lib/papers/agenda-pack';
import { answerGet, routeCall } from '@/lib/papers/route-handler';

type Params = { params: Promise<{ council: string; board: string; meeting: string }> };

/** The meeting's agenda pack: cover, agenda and the PDF papers on the agenda, page-numbered. */
export async function GET(request: Request, { params }: Params) {
  const p = await params;
  const call = await routeCall(request, p);
  return answerGet(request, call, async () => {
    const pack = await agendaPackFor({ ...call, meetingId: p.meeting });
    return fileResponse({ body: pack.bytes as Uint8Array<ArrayBuffer>, sizeBytes: pack.bytes.byteLength, fileName: pack.fileName, contentType: 'application/pdf' });
  });
}
