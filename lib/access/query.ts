import 'server-only';
import { notFound } from '../errors';
import { can, type BoardRole, type Operation, type Resource } from '../auth/permissions';
import { toPage } from './page';

type Scoped = { roles: readonly BoardRole[] };

export type QueryDefinition<C extends Scoped, A extends unknown[], T> = {
  /** the permission table's resource this read shows; `read` unless said otherwise */
  resource: Resource;
  operation?: Operation;
  run: (ctx: C, ...args: A) => Promise<T>;
};

/** Called as a function from a page (refusals become the not-found/forbidden page); `.read` throws the typed errors (route handlers, tests). */
export type DefinedQuery<C extends Scoped, A extends unknown[], T> = ((ctx: C, ...args: A) => Promise<T>) & {
  read: (ctx: C, ...args: A) => Promise<T>;
  resource: Resource;
  operation: Operation;
};

/**
 * The door for reads: the request's access (a BoardContext from the page's access, or a
 * route's) must allow the resource's `read` (or the operation named) in the one
 * permission table, else the read is not there (404, so its existence does not leak).
 * Reads throw the typed errors of lib/errors; the page form runs them through the one
 * page guard.
 */
export function defineQuery<C extends Scoped, A extends unknown[], T>(def: QueryDefinition<C, A, T>): DefinedQuery<C, A, T> {
  const operation = def.operation ?? 'read';
  const read = async (ctx: C, ...args: A): Promise<T> => {
    if (!can(ctx.roles, def.resource, operation)) throw notFound();
    return def.run(ctx, ...args);
  };
  const page = async (ctx: C, ...args: A): Promise<T> => {
    try {
      return await read(ctx, ...args);
    } catch (error) {
      return toPage(error);
    }
  };
  return Object.assign(page, { read, resource: def.resource, operation });
}
