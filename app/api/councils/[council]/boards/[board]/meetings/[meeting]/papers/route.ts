import { handlePaperUpload } from '@/lib/papers/upload';
import { routeCall } from '@/lib/papers/route-handler';

type Params = { params: Promise<{ council: string; board: string; meeting: string }> };

/** Upload a paper (or a new version of one): the body is the file itself, streamed to storage. */
export async function POST(request: Request, { params }: Params) {
  const p = await params;
  return handlePaperUpload(request, { ...(await routeCall(request, p)), meetingId: p.meeting });
}
