import { defineRoute } from '@/lib/access/route';
import { sessionActor } from '@/lib/access/session';
import { handleCommissionUpload } from '@/lib/papers/commissions/upload';

/** A commissioned paper's author uploads it: the body is the file itself, streamed to storage. */
export const POST = defineRoute<{ council: string; commission: string }>('commissions.upload', {
  scope: 'public',
  reason:
    'the author may have no account: the emailed single-use link is the credential (checked by hash, unused and unexpired, in its own council); without it, the signed-in author',
  answer: 'json',
  async run(ctx, request) {
    const token = new URL(request.url).searchParams.get('token');
    return handleCommissionUpload(request, {
      councilSlug: ctx.params.council,
      commissionId: ctx.params.commission,
      token: token || null,
      actor: token ? null : await sessionActor(),
      request: ctx.request,
      now: ctx.now,
    });
  },
});
