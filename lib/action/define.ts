import { collectDateParts } from '../forms/date';
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client';
import type { CouncilRole } from '../db/generated/prisma/client';
import { withCouncil, withApp, type Tx } from '../db/tenant';
import { AppError } from '../errors';
import { can, type BoardRole, type Operation, type Resource } from '../auth/permissions';
import { findMembership, type CouncilMembershipView } from '../councils/access';
import { findBoardWithRoles } from '../boards/access';
import { appendAudit, type AuditDraft } from '../audit/append';
import type { ActionResult } from './result';

export type RequestInfo = { ip: string | null; userAgent: string | null };

export type ActionContext = CouncilMembershipView & {
  tx: Tx;
  actor: { id: string };
  board: { id: string; slug: string; name: string } | null;
  roles: BoardRole[];
  request: RequestInfo;
  now: Date;
};

type Access =
  | { scope: 'council'; councilRoles: readonly CouncilRole[] }
  | { scope: 'board'; resource: Resource; operation: Operation };

export type ActionDefinition<S extends z.ZodType, T> = Access & {
  /** unique, e.g. "invitations.create"; the cross-council suite enumerates these */
  name: string;
  schema: S;
  run: (ctx: ActionContext, input: z.infer<S>) => Promise<{ data: T; audit: AuditDraft[]; message?: string }>;
};

/**
 * The route's board inside a board-scoped action. The wrapper resolves it before run(),
 * so this only narrows the type; a council-scoped action calling it gets a 404.
 */
export function boardOf(ctx: ActionContext): NonNullable<ActionContext['board']> {
  if (!ctx.board) throw new AppError('NOT_FOUND', 'Page not found');
  return ctx.board;
}

export type ActionCall = {
  actorId: string;
  councilSlug: string;
  boardSlug?: string;
  input: FormData | Record<string, unknown>;
  request?: RequestInfo;
  now?: Date;
};

export type DefinedAction<S extends z.ZodType = z.ZodType, T = unknown> = ActionDefinition<S, T> & {
  execute: (call: ActionCall) => Promise<ActionResult<T>>;
};

const registry = new Map<string, DefinedAction>();

/** Every action defined so far, for the cross-council suite. */
export const definedActions = () => [...registry.values()];

/**
 * The one wrapper every mutation goes through: the signed-in person, the council from
 * the route (never from the form), the permission table, the zod schema, one tenant
 * transaction holding the change and its audit events, and a typed result. Fields the
 * schema does not name (councilId, approvedBy, ...) are dropped by the parse.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>): DefinedAction<S, T> {
  if (registry.has(def.name)) throw new Error(`Action ${def.name} is defined twice`);
  const defined: DefinedAction<S, T> = { ...def, execute: (call) => executeAction(def, call) };
  registry.set(def.name, defined as unknown as DefinedAction);
  return defined;
}

function formValues(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith('$ACTION')) continue; // Next's own fields
    out[key] = key in out ? ([] as unknown[]).concat(out[key], value) : value;
  }
  return collectDateParts(out);
}

/** What was typed, to show again; passwords are never sent back. */
const echo = (values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([k, v]) => typeof v === 'string' && !/password/i.test(k)) as [string, string][]);

async function executeAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>, call: ActionCall): Promise<ActionResult<T>> {
  const values = formValues(call.input);
  try {
    const person = await withApp((tx) => tx.person.findUnique({ where: { id: call.actorId }, select: { id: true, disabledAt: true } }));
    if (!person || person.disabledAt) throw new AppError('FORBIDDEN', 'Sign in again to continue');
    const membership = await findMembership(call.councilSlug, person.id);
    if (!membership) throw new AppError('NOT_FOUND', 'Page not found');

    let board: ActionContext['board'] = null;
    let roles: BoardRole[] = [];
    if (def.scope === 'board') {
      const found = call.boardSlug ? await findBoardWithRoles(membership.council.id, membership.councilRole, call.boardSlug, person.id) : null;
      if (!found) throw new AppError('NOT_FOUND', 'Page not found');
      board = { id: found.board.id, slug: found.board.slug, name: found.board.name };
      roles = found.roles;
      if (!can(roles, def.resource, def.operation)) throw new AppError('FORBIDDEN', 'You do not have permission to do that');
    } else if (!def.councilRoles.includes(membership.councilRole)) {
      throw new AppError('FORBIDDEN', 'You do not have permission to do that');
    }

    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.') || 'form';
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, code: 'INVALID', message: 'Check the form', fieldErrors, values: echo(values) };
    }

    const request = call.request ?? { ip: null, userAgent: null };
    const now = call.now ?? new Date();
    const councilId = membership.council.id;
    const outcome = await withCouncil(councilId, async (tx) => {
      const result = await def.run({ ...membership, tx, actor: { id: person.id }, board, roles, request, now }, parsed.data);
      await appendAudit(tx, { councilId, actorId: person.id, ip: request.ip, userAgent: request.userAgent }, result.audit.map((a) => ({ boardId: board?.id ?? null, ...a })), now);
      return result;
    });
    return { ok: true, data: outcome.data, message: outcome.message };
  } catch (error) {
    const refusal = asRefusal(error);
    if (!refusal) throw error;
    return { ...refusal, values: refusal.code === 'INVALID' || refusal.code === 'CONFLICT' ? echo(values) : undefined };
  }
}

/** Refusals the app expects become results; anything else is a bug and is thrown. */
function asRefusal(error: unknown): Extract<ActionResult, { ok: false }> | null {
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, current: error.current };
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return { ok: false, code: 'CONFLICT', message: 'That already exists' };
    if (error.code === 'P2025') return { ok: false, code: 'NOT_FOUND', message: 'Page not found' };
  }
  return null;
}

