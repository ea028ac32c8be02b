import { fileResponse, openPaperFile } from '@/lib/papers/download';
import { answerGet, routeCall } from '@/lib/papers/route-handler';

type Params = { params: Promise<{ council: string; board: string; meeting: string; paper: string; file: string }> };

/** One version of a paper, for someone entitled to it at this meeting. */
export async function GET(request: Request, { params }: Params) {
  const p = await params;
  const call = await routeCall(request, p);
  return answerGet(request, call, async () => fileResponse(await openPaperFile({ ...call, meetingId: p.meeting, paperId: p.paper, fileId: p.file })));
}
