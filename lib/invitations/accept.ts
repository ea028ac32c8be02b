import { withCouncil, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import { appendAudit } from '../audit/append';
import { hashPassword } from '../auth/password';
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
    const person = await tx.person.findUnique({ where: { email: inv.email }, select: { id: true } });
    return {
      id: inv.id, councilId: inv.councilId, councilName: inv.council.name, email: inv.email, councilRole: inv.councilRole,
      boardName: board?.name ?? null, boardRole: inv.boardRole, accountExists: Boolean(person),
    };
  });
}

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
  await appendAudit(tx, { councilId: inv.councilId, actorId: personId, ip: request.ip, userAgent: request.userAgent }, [
    { kind: 'invitation.accept', entityType: 'Invitation', entityId: inv.id, boardId: inv.boardId, after: { councilRole: role, boardRole: inv.boardRole } },
  ], now);
  return { councilId: inv.councilId };
}

/** The signed-in person accepts. */
export async function acceptInvitation(token: string, personId: string, request: RequestInfo, now = new Date()) {
  const councilId = councilIdOfToken(token);
  if (!councilId) throw new AppError('NOT_FOUND', 'This invitation link is not valid');
  return withCouncil(councilId, (tx) => grant(tx, token, personId, request, now));
}

/** Someone new accepts by creating their account with the invited email, in the same transaction. */
export async function acceptWithNewAccount(token: string, name: string, password: string, request: RequestInfo, now = new Date()) {
  const councilId = councilIdOfToken(token);
  if (!councilId) throw new AppError('NOT_FOUND', 'This invitation link is not valid');
  const passwordHash = await hashPassword(password);
  return withCouncil(councilId, async (tx) => {
    const inv = await findOpen(tx, token, now);
    if (!inv) throw new AppError('NOT_FOUND', 'This invitation has expired, been withdrawn or already been used');
    if (await tx.person.findUnique({ where: { email: inv.email }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'An account with this email address already exists: sign in, then open the link again');
    }
    const person = await tx.person.create({ data: { email: inv.email, name, passwordHash }, select: { id: true, email: true } });
    await grant(tx, token, person.id, request, now);
    return { personId: person.id, email: inv.email, councilId: inv.councilId };
  });
}
