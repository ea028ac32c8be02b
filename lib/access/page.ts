import 'server-only';
import { cache } from 'react';
import { forbidden as forbiddenPage, notFound as notFoundPage, redirect } from 'next/navigation';
import { AppError, notFound } from '../errors';
import { requireActor } from '../auth/session';
import { can, type BoardRole, type Operation, type Resource } from '../auth/permissions';
import { regionOf, type BoardContext } from '../boards/context';
import { councilBoardsIn } from '../boards/access';
import { withAccess, type Access } from './resolve';
import { SecondFactorRequiredError, secondFactorSetUpPath } from '../auth/second-factor-requirement';
import { councilPath } from '../routes';

/**
 * The one page guard: the typed refusals of the access path and of reads become Next's
 * not-found and forbidden pages. Anything else is a bug and is thrown on.
 */
export function toPage(error: unknown): never {
  if (error instanceof SecondFactorRequiredError) redirect(secondFactorSetUpPath(error.councilSlug));
  if (error instanceof AppError) {
    if (error.code === 'NOT_FOUND') notFoundPage();
    if (error.code === 'FORBIDDEN') forbiddenPage();
  }
  throw error;
}

/** Runs a page's read through the page guard. */
export async function guardPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    return toPage(error);
  }
}

export type CouncilBoard = Awaited<ReturnType<typeof councilBoardsIn>>[number];
export type CouncilPageAccess = Omit<Access, 'board' | 'roles'> & { boards: CouncilBoard[] };

/**
 * A council page's access, once per request: the signed-in person (the session, read
 * with the root layout), then resolveAccess's one transaction for the membership of
 * the council in the URL and every board of the council with the person's roles on it
 * (the board switcher, and the board in the URL). A council that is not theirs is 404.
 */
export const councilPageAccess = cache(async (councilSlug: string): Promise<CouncilPageAccess> => {
  const actor = await requireActor(councilPath(councilSlug));
  return guardPage(() =>
    withAccess({ id: actor.id, authMethod: actor.authMethod }, councilSlug, undefined, async (access, tx) => ({
      ...access,
      boards: await councilBoardsIn(tx, access.council.id, access.councilRole, access.actor.id),
    })),
  );
});

/** The board in the URL and the person's roles on it, from the council's one access read; a board that is not theirs answers 404. */
export async function boardPageAccess(councilSlug: string, boardSlug: string): Promise<BoardContext> {
  const [actor, access] = await Promise.all([requireActor(councilPath(councilSlug)), councilPageAccess(councilSlug)]);
  const found = access.boards.find((b) => b.slug === boardSlug && b.roles.length > 0);
  if (!found) return toPage(notFound());
  const { roles, parentBoard: _parent, meetings: _meetings, ...board } = found;
  return {
    actor: { ...access.actor, memberships: actor.memberships },
    council: access.council,
    councilRole: access.councilRole,
    board,
    roles,
    region: regionOf(access.council.region),
  };
}

/** A page only some roles may open (a form to create or change something): anyone else finds nothing there. */
export function requirePermission(ctx: { roles: readonly BoardRole[] }, resource: Resource, operation: Operation): void {
  if (!can(ctx.roles, resource, operation)) toPage(notFound());
}

/** The board's settings and membership pages are for its administrators; to anyone else they are not there. */
export function requireBoardAdministrator(ctx: { roles: readonly BoardRole[] }): void {
  if (!ctx.roles.includes('ADMINISTRATOR')) toPage(notFound());
}
