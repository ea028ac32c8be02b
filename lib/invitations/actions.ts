import { defineAction } from '../action/define';
import { AppError } from '../errors';
import { enqueueMail, SECRET_PLACEHOLDER } from '../mail/outbox';
import { appUrl } from '../app-url';
import { labelInSentence } from '../labels';
import { inviteSchema, invitationIdSchema } from './schema';
import { INVITATION_TTL_DAYS, newInvitationToken } from './token';
import { acceptInvitationPath } from '../routes';

const admins = ['OWNER', 'ADMIN'] as const;

/** A council admin invites someone by email to the council and, optionally, to a board with a role. */
export const createInvitation = defineAction({
  name: 'invitations.create',
  scope: 'council',
  councilRoles: admins,
  schema: inviteSchema,
  async run(ctx, input) {
    const board = input.boardId
      ? await ctx.tx.board.findFirst({ where: { id: input.boardId, councilId: ctx.council.id }, select: { id: true, name: true } })
      : null;
    // another council's board id is answered as not found, like any foreign id
    if (input.boardId && !board) throw new AppError('NOT_FOUND', 'That board was not found');
    const { token, tokenHash } = newInvitationToken(ctx.council.id);
    const invitation = await ctx.tx.invitation.create({
      data: {
        councilId: ctx.council.id,
        email: input.email,
        councilRole: input.councilRole,
        boardId: board?.id ?? null,
        boardRole: input.boardRole,
        tokenHash,
        invitedById: ctx.actor.id,
        expiresAt: new Date(ctx.now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
      },
      select: { id: true },
    });
    // the token goes into the message only as it is delivered (lib/mail/outbox.ts)
    const link = `${appUrl()}${acceptInvitationPath(SECRET_PLACEHOLDER)}`;
    const where = board ? `${board.name} (${labelInSentence('boardAccessRole', input.boardRole)}) at ${ctx.council.name}` : ctx.council.name;
    await enqueueMail(ctx.tx, {
      councilId: ctx.council.id,
      kind: 'invitation',
      to: input.email,
      subject: `You are invited to ${ctx.council.name} on Tabled`,
      text: `You have been invited to ${where}.\n\nAccept the invitation within ${INVITATION_TTL_DAYS} days:\n${link}\n\nIf you were not expecting this, you can ignore this email.`,
      secret: token,
    });
    return {
      data: { invitationId: invitation.id },
      message: `Invitation queued for ${input.email}: it is emailed within a minute. Mail not yet delivered is listed under Mail.`,
      audit: [
        {
          kind: 'invitation.create',
          entityType: 'Invitation',
          entityId: invitation.id,
          boardId: board?.id ?? null,
          after: { email: input.email, councilRole: input.councilRole, board: board?.name ?? null, boardRole: input.boardRole },
        },
      ],
    };
  },
});

export const revokeInvitation = defineAction({
  name: 'invitations.revoke',
  scope: 'council',
  councilRoles: admins,
  schema: invitationIdSchema,
  async run(ctx, input) {
    const { count } = await ctx.tx.invitation.updateMany({
      where: { id: input.invitationId, councilId: ctx.council.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: ctx.now },
    });
    if (count === 0) throw new AppError('NOT_FOUND', 'That invitation is not open');
    return { data: null, message: 'Invitation withdrawn', audit: [{ kind: 'invitation.revoke', entityType: 'Invitation', entityId: input.invitationId }] };
  },
});
