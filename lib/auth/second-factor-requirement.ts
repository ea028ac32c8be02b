import { withCouncil, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import type { CouncilRole } from '../db/generated/prisma/client';
import { currentSeatOf } from '../boards/access';
import { hasTotp } from './second-factor';
import { isStrongSessionMethod } from './second-factor-sign-in';
import { accountPath } from '../routes';

// A council may require a second factor of its administrators and Chairs. Such a person
// who has not given one reaches nothing in that council: pages send them to set one up,
// actions and route handlers refuse. Entra ID sign-ins count as the directory's own MFA.

/**
 * Whether this sign-in counts as two factors. With the browser's session known: a session
 * that gave a code (or came from Entra ID) of a person who still has their app. Without it
 * (a call that only names the person): the person has an app (every sign-in of theirs then
 * needs a code, and enrolling ends their other sessions) or can only sign in through Entra ID.
 */
export async function secondFactorSatisfied(tx: Tx, personId: string, sessionMethod: string | null): Promise<boolean> {
  if (sessionMethod === 'entra') return true;
  if (sessionMethod !== null && !isStrongSessionMethod(sessionMethod)) return false;
  if (await hasTotp(tx, personId)) return true;
  if (sessionMethod !== null) return false;
  // without an email there is no password or email-link sign-in (both start from the email)
  const person = await tx.person.findUnique({ where: { id: personId }, select: { entraIssuer: true, email: true } });
  return Boolean(person?.entraIssuer && !person.email);
}

/**
 * Administrators (council owner or admin, board administrator) and Chairs of any of the
 * council's boards (by seat or by access), read in a transaction scoped to that council.
 */
export async function isAdministratorOrChairIn(tx: Tx, councilId: string, councilRole: CouncilRole, personId: string): Promise<boolean> {
  if (councilRole === 'OWNER' || councilRole === 'ADMIN') return true;
  const seat = await tx.seat.findFirst({
    where: { councilId, role: { in: ['CHAIR', 'INDEPENDENT_CHAIR'] }, AND: [currentSeatOf(personId), { personId }] },
    select: { id: true },
  });
  if (seat) return true;
  const access = await tx.boardAccess.findFirst({ where: { personId, role: { in: ['CHAIR', 'ADMINISTRATOR'] }, councilId }, select: { id: true } });
  return Boolean(access);
}

export async function isAdministratorOrChair(councilId: string, councilRole: CouncilRole, personId: string): Promise<boolean> {
  if (councilRole === 'OWNER' || councilRole === 'ADMIN') return true;
  return withCouncil(councilId, (tx) => isAdministratorOrChairIn(tx, councilId, councilRole, personId));
}

/** Where a person owing a second factor is sent: the account page, naming the council that asks. */
export const secondFactorSetUpPath = (councilSlug: string) => accountPath('security', { council: councilSlug });

/** The refusal of the access path; pages turn it into a redirect to set a factor up. */
export class SecondFactorRequiredError extends AppError {
  constructor(readonly councilSlug: string) {
    super(
      'FORBIDDEN',
      'This council requires its administrators and Chairs to sign in with a second factor. Set one up on your sign-in security page to continue.',
    );
  }
}

/**
 * Of these memberships, the councils where the person owes a second factor. Call it
 * outside another transaction: it may open one per council that requires it.
 */
export async function councilsOwingSecondFactor(
  personId: string,
  memberships: { council: { id: string; requireSecondFactor?: boolean }; role: CouncilRole }[],
  satisfied: boolean,
): Promise<Set<string>> {
  const owed = new Set<string>();
  if (satisfied) return owed;
  for (const m of memberships) {
    if (m.council.requireSecondFactor && (await isAdministratorOrChair(m.council.id, m.role, personId))) owed.add(m.council.id);
  }
  return owed;
}
