import { defineRoute } from '@/lib/access/route';
import { fileResponse } from '@/lib/papers/download';
import { openCommissionFile } from '@/lib/papers/commissions/file';

/** The file an author sent for a commissioned paper, for the board's administrators and its reviewer. */
export const GET = defineRoute<{ council: string; board: string; commission: string }>('commissions.file', {
  scope: 'board',
  resource: 'paper',
  operation: 'read',
  answer: 'text',
  run: async (ctx) => fileResponse(await openCommissionFile(ctx, ctx.params.commission)),
});
