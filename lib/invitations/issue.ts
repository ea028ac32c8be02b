import type { CouncilRole } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import { enqueueMail, SECRET_PLACEHOLDER } from '../mail/outbox';
import { appUrl } from '../app-url';
import { labelInSentence } from '../labels';
import { INVITATION_TTL_DAYS, newInvitationToken } from './token';
import { acceptInvitationPath } from '../routes';
import type { inviteSchema } from './schema';
import type { z } from 'zod';

type BoardRole = NonNullable<z.infer<typeof inviteSchema>['boardRole']>;

/**
 * An invitation and its email, in the council's transaction: used by a council administrator
 * inviting someone, and by a platform administrator inviting a new council's first administrator.
 */
export async function issueInvitation(
  tx: Tx,
  invite: {
    council: { id: string; name: string };
    email: string;
    councilRole: CouncilRole;
    board: { id: string; name: string } | null;
    boardRole: BoardRole | null;
    invitedById: string;
    now: Date;
  },
): Promise<{ id: string }> {
  const { token, tokenHash } = newInvitationToken(invite.council.id);
  const invitation = await tx.invitation.create({
    data: {
      councilId: invite.council.id,
      email: invite.email,
      councilRole: invite.councilRole,
      boardId: invite.board?.id ?? null,
      boardRole: invite.boardRole,
      tokenHash,
      invitedById: invite.invitedById,
      expiresAt: new Date(invite.now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
    },
    select: { id: true },
  });
  // the token goes into the message only as it is delivered (lib/mail/outbox.ts)
  const link = `${appUrl()}${acceptInvitationPath(SECRET_PLACEHOLDER)}`;
  const where =
    invite.board && invite.boardRole
      ? `${invite.board.name} (${labelInSentence('boardAccessRole', invite.boardRole)}) at ${invite.council.name}`
      : invite.councilRole === 'OWNER'
        ? `${invite.council.name} as its first administrator`
        : invite.council.name;
  await enqueueMail(tx, {
    councilId: invite.council.id,
    kind: 'invitation',
    to: invite.email,
    subject: `You are invited to ${invite.council.name} on Tabled`,
    text: `You have been invited to ${where}.\n\nAccept the invitation within ${INVITATION_TTL_DAYS} days:\n${link}\n\nIf you were not expecting this, you can ignore this email.`,
    secret: token,
  });
  return invitation;
}
