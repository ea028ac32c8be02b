import crypto from 'node:crypto';
import { withCouncil, withCouncilAs, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import { appendAudit } from '../audit/append';
import { hashPassword, setOwnPassword } from '../auth/password';
import type { RequestInfo } from '../action/define';
import { councilIdOfToken, hashInvitationToken } from './token';

export type OpenInvitation = {
  id: string;
  councilId: string;
  councilName: string;
  email: string;
  councilRole: string;
  boardName: string | null;
  boardRole: string | null;
  accountExists: boolean;
};

async function findOpen(tx: Tx, token: string, now: Date) {
  return tx.invitation.findFirst({
    where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, councilId: true, email: true, councilRole: true, boardId: true, boardRole: true, council: { select: { name: true } } },
  });
}

/** What an invitation offers, for the page that asks the person to accept it. Null if it is not open. */
export async function describeInvitation(token: string, now = new Date()): Promise<OpenInvitation | null> {
  const councilId = councilIdOfToken(token);
  if (!councilId) return null;
  return withCouncil(councilId, async (tx) => {
    const inv = await findOpen(tx, token, now);
    if (!inv) return null;
    const board = inv.boardId ? await tx.board.findFirst({ where: { id: inv.boardId }, select: { name: true } }) : null;
    return {
      id: inv.id,
      councilId: inv.councilId,
      councilName: inv.council.name,
      email: inv.email,
      councilRole: inv.councilRole,
      boardName: board?.name ?? null,
      boardRole: inv.boardRole,
      accountExists: await emailOnRecord(tx, inv.email),
    };
  });
}

/** Whether anyone has this email, asked of a function that says only yes or no (people of other councils are not visible). */
async function emailOnRecord(tx: Tx, email: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ taken: boolean }[]>`SELECT tabled_email_on_record(${email}) AS taken`;
  return Boolean(rows[0]?.taken);
}

const sameEmail = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export const WRONG_ACCOUNT_MESSAGE = (invited: string) =>
  `This invitation is for ${invited}, and you are signed in with a different email address. Sign out, then open the link again to accept it with the account for ${invited}, or ask the council for an invitation to your own address.`;

/** Grants what the invitation offers to this person, once: a second acceptance finds it closed. */
async function grant(tx: Tx, token: string, personId: string, request: RequestInfo, now: Date) {
  const inv = await findOpen(tx, token, now);
  if (!inv) throw new AppError('NOT_FOUND', 'This invitation has expired, been withdrawn or already been used');
  const claimed = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null }, data: { acceptedAt: now, acceptedById: personId } });
  if (claimed.count === 0) throw new AppError('CONFLICT', 'This invitation has already been used');
  const existing = await tx.councilMembership.findUnique({ where: { councilId_personId: { councilId: inv.councilId, personId } } });
  // An invitation never lowers a role someone already holds.
  const rank = { MEMBER: 0, ADMIN: 1, OWNER: 2 } as const;
  const role = existing && !existing.endedAt && rank[existing.role] > rank[inv.councilRole] ? existing.role : inv.councilRole;
  await tx.councilMembership.upsert({
    where: { councilId_personId: { councilId: inv.councilId, personId } },
    create: { councilId: inv.councilId, personId, role },
    update: { role, endedAt: null },
  });
  if (inv.boardId && inv.boardRole) {
    await tx.boardAccess.upsert({
      where: { boardId_personId_role: { boardId: inv.boardId, personId, role: inv.boardRole } },
      create: { councilId: inv.councilId, boardId: inv.boardId, personId, role: inv.boardRole },
      update: {},
    });
  }
  await appendAudit(
    tx,
    { councilId: inv.councilId, actorId: personId, ip: request.ip, userAgent: request.userAgent },
    [{ kind: 'invitation.accept', entityType: 'Invitation', entityId: inv.id, boardId: inv.boardId, after: { councilRole: role, boardRole: inv.boardRole } }],
    now,
  );
  return { councilId: inv.councilId };
}

/**
 * The signed-in person accepts, if the invitation was sent to their email: an invitation
 * is for its address, not for whoever holds the link. Anyone else is refused, and the
 * refusal is written to the council's audit trail (committed, although the acceptance is not).
 */
export async function acceptInvitation(token: string, personId: string, request: RequestInfo, now = new Date()) {
  const councilId = councilIdOfToken(token);
  if (!councilId) throw new AppError('NOT_FOUND', 'This invitation link is not valid');
  const outcome = await withCouncilAs(councilId, personId, async (tx) => {
    const inv = await findOpen(tx, token, now);
    if (!inv) throw new AppError('NOT_FOUND', 'This invitation has expired, been withdrawn or already been used');
    const me = await tx.person.findUnique({ where: { id: personId }, select: { email: true } });
    if (!sameEmail(me?.email, inv.email)) {
      await appendAudit(
        tx,
        { councilId: inv.councilId, actorId: personId, ip: request.ip, userAgent: request.userAgent },
        [
          {
            kind: 'invitation.refused',
            entityType: 'Invitation',
            entityId: inv.id,
            boardId: inv.boardId,
            summary: `Invitation for ${inv.email} refused: the signed-in account has a different email`,
            after: { invitedEmail: inv.email, signedInEmail: me?.email ?? null },
          },
        ],
        now,
      );
      return { refused: inv.email } as const;
    }
    return grant(tx, token, personId, request, now);
  });
  if ('refused' in outcome) throw new AppError('FORBIDDEN', WRONG_ACCOUNT_MESSAGE(outcome.refused));
  return outcome;
}

/** Someone new accepts by creating their account with the invited email, in the same transaction. */
export async function acceptWithNewAccount(token: string, name: string, password: string, request: RequestInfo, now = new Date()) {
  const councilId = councilIdOfToken(token);
  if (!councilId) throw new AppError('NOT_FOUND', 'This invitation link is not valid');
  const passwordHash = await hashPassword(password);
  // the new person's id is chosen first, so the transaction can act for them (their password)
  const personId = crypto.randomUUID();
  return withCouncilAs(councilId, personId, async (tx) => {
    const inv = await findOpen(tx, token, now);
    if (!inv) throw new AppError('NOT_FOUND', 'This invitation has expired, been withdrawn or already been used');
    if (await emailOnRecord(tx, inv.email)) {
      throw new AppError('CONFLICT', 'An account with this email address already exists: sign in, then open the link again');
    }
    // no RETURNING: a person becomes visible to a council's transaction once linked to it
    await tx.person.createMany({ data: [{ id: personId, email: inv.email, name }] });
    await setOwnPassword(tx, personId, passwordHash);
    await grant(tx, token, personId, request, now);
    return { personId, email: inv.email, councilId: inv.councilId };
  });
}
