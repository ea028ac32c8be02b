import 'server-only';
import { withPerson, type Tx } from '../db/tenant';
import { AppError, notFound } from '../errors';
import { checkSession } from '../auth/sessions';
import { currentTime } from '../clock';
import type { CouncilRole } from '../db/generated/prisma/client';
import type { BoardRole } from '../auth/permissions';
import { boardRolesFor, boardSelect, currentSeatOf } from '../boards/access';
import { isAdministratorOrChairIn, secondFactorSatisfied, SecondFactorRequiredError } from '../auth/second-factor-requirement';

/**
 * Who is asking: the person, and the server-side session their cookie names (when there
 * is one to check), or how that session was authenticated (when it was checked already).
 */
export type AccessActor = { id: string; sessionId?: string; authMethod?: string };

export type AccessBoard = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  status: string;
  isPublic: boolean;
  // optional only so hand-built contexts in tests need not name it; the resolver always reads it
  advisory?: boolean;
  paperNoticeWorkingDays: number;
  apologyNoticeWorkingDays: number;
  minutesDistributionDays: number;
  quorumMinimum: number | null;
  riskAppetiteScore: number;
};

/** One request's access: the person, their council (from the URL) and role in it, and the board in the URL with their roles on it. */
export type Access = {
  actor: { id: string; name: string; email: string | null };
  council: { id: string; slug: string; name: string; region: string };
  councilRole: CouncilRole;
  board: AccessBoard | null;
  roles: BoardRole[];
};

export const sessionEnded = () => new AppError('FORBIDDEN', 'Your session has ended. Sign in again to continue.');
export const signInAgain = () => new AppError('FORBIDDEN', 'Sign in again to continue');

/**
 * The one access path: the session (when named), the person, their membership of the
 * council in the URL, the board in the URL and their roles on it, all in ONE tenant
 * transaction, and then `fn` in that same transaction, scoped to the council (as
 * withCouncil scopes it), so a mutation or a read costs one BEGIN/COMMIT with its access
 * check. A council or board that is not theirs answers 404, never 403, so its existence
 * does not leak; a disabled person or dead session is refused.
 *
 * Pass `boardSlug` undefined when no board is wanted; a board-scoped caller with no slug
 * passes '' and gets a 404.
 */
export async function withAccess<T>(
  actor: AccessActor,
  councilSlug: string,
  boardSlug: string | undefined,
  fn: (access: Access, tx: Tx) => Promise<T>,
  now = currentTime(),
): Promise<T> {
  if (!/^[0-9a-f-]{36}$/i.test(actor.id)) throw signInAgain();
  return withPerson(actor.id, async (tx) => {
    let authMethod = actor.authMethod ?? null;
    if (actor.sessionId !== undefined) {
      const live = await checkSession(tx, actor.sessionId, now, actor.id);
      if (!live) throw sessionEnded();
      authMethod = live.method;
    }
    // person and membership in one statement (the membership is visible by app.person_id)
    const person = await tx.person.findUnique({
      where: { id: actor.id },
      select: {
        id: true,
        name: true,
        email: true,
        disabledAt: true,
        memberships: {
          where: { endedAt: null, council: { slug: councilSlug } },
          take: 1,
          select: { role: true, council: { select: { id: true, slug: true, name: true, region: true, requireSecondFactor: true } } },
        },
      },
    });
    if (!person || person.disabledAt) throw signInAgain();
    const membership = person.memberships[0];
    if (!membership) throw notFound();
    const { requireSecondFactor, ...council } = membership.council;
    // the person's own second factor is readable only while the transaction is still theirs
    const secondFactorOk = !requireSecondFactor || (await secondFactorSatisfied(tx, person.id, authMethod));
    // From here the transaction is the council's, exactly as withCouncil leaves it.
    await tx.$queryRaw`SELECT set_config('app.council_id', ${council.id}, true), set_config('app.person_id', '', true)`;
    // A council that requires a second factor of its administrators and Chairs: one who has
    // not given one reaches nothing in it (pages send them to set one up). Entra ID counts.
    if (!secondFactorOk && (await isAdministratorOrChairIn(tx, council.id, membership.role, person.id))) throw new SecondFactorRequiredError(council.slug);

    let board: AccessBoard | null = null;
    let roles: BoardRole[] = [];
    if (boardSlug !== undefined) {
      const found = boardSlug
        ? await tx.board.findFirst({
            where: { councilId: council.id, slug: boardSlug },
            select: {
              ...boardSelect,
              access: { where: { personId: person.id }, select: { role: true } },
              seats: { where: currentSeatOf(person.id), select: { personId: true, role: true } },
            },
          })
        : null;
      if (!found) throw notFound();
      const { access, seats, ...rest } = found;
      roles = boardRolesFor(person.id, membership.role, access, seats);
      if (!roles.length) throw notFound();
      board = rest;
    }
    const access: Access = { actor: { id: person.id, name: person.name, email: person.email }, council, councilRole: membership.role, board, roles };
    return fn(access, tx);
  });
}

/** The access alone, for callers that read in transactions of their own. */
export function resolveAccess(actor: AccessActor, councilSlug: string, boardSlug?: string, now?: Date): Promise<Access> {
  return withAccess(actor, councilSlug, boardSlug, async (access) => access, now);
}
