import { defineAction } from '../action/define';
import { AppError } from '../errors';
import { inviteSchema, invitationIdSchema } from './schema';
import { issueInvitation } from './issue';

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
    const invitation = await issueInvitation(ctx.tx, {
      council: ctx.council,
      email: input.email,
      councilRole: input.councilRole,
      board,
      boardRole: input.boardRole,
      invitedById: ctx.actor.id,
      now: ctx.now,
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
