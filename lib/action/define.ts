import 'server-only';
import { collectDateParts } from '../forms/date';
import { z } from 'zod';
import { currentTime } from '../clock';
import type { CouncilRole } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import { AppError, forbidden, fromPrisma, invalid } from '../errors';
import { can, type BoardRole, type Operation, type Resource } from '../auth/permissions';
import type { CouncilMembershipView } from '../councils/access';
import { withAccess } from '../access/resolve';
import { acceptsChanges, dissolvedMessage } from '../boards/status';
import { appendAudit, type AuditDraft } from '../audit/append';
import type { ActionResult } from './result';
import { oncePerSubmission, submissionKeyOf } from './idempotency';
import { unavailableRefusal } from './unavailable';

export type RequestInfo = { ip: string | null; userAgent: string | null };

export type ActionContext = CouncilMembershipView & {
  tx: Tx;
  actor: { id: string };
  board: { id: string; slug: string; name: string } | null;
  roles: BoardRole[];
  request: RequestInfo;
  now: Date;
};

type Access = { scope: 'council'; councilRoles: readonly CouncilRole[] } | { scope: 'board'; resource: Resource; operation: Operation };

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
  /** the server-side session to check in the action's own transaction (form posts name it; tests and scripts may not) */
  sessionId?: string;
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
  // Under next dev an edited actions.ts is evaluated again: its actions replace their old
  // entries. In production a name defined twice is a bug (two actions answering to one name).
  if (registry.has(def.name) && process.env.NODE_ENV === 'production') throw new Error(`Action ${def.name} is defined twice`);
  const defined: DefinedAction<S, T> = { ...def, execute: (call) => executeAction(def, call) };
  registry.set(def.name, defined as unknown as DefinedAction);
  return defined;
}

export function formValues(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith('$ACTION')) continue; // Next's own fields
    out[key] = key in out ? ([] as unknown[]).concat(out[key], value) : value;
  }
  return collectDateParts(out);
}

/** What was typed, to show again; passwords are never sent back. */
export const echo = (values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([k, v]) => typeof v === 'string' && !/password/i.test(k)) as [string, string][]);

async function executeAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>, call: ActionCall): Promise<ActionResult<T>> {
  const values = formValues(call.input);
  const request = call.request ?? { ip: null, userAgent: null };
  const now = call.now ?? currentTime();
  try {
    // Access, the change and its audit events: one transaction (one BEGIN/COMMIT per post).
    const outcome = await withAccess(
      { id: call.actorId, sessionId: call.sessionId },
      call.councilSlug,
      def.scope === 'board' ? (call.boardSlug ?? '') : undefined,
      async (access, tx) => {
        // a dissolved board is kept as a record: every change to it is refused, whoever asks
        if (def.scope === 'board' && access.board && !acceptsChanges(access.board)) throw forbidden(dissolvedMessage(access.board.name));
        if (def.scope === 'board' ? !can(access.roles, def.resource, def.operation) : !def.councilRoles.includes(access.councilRole)) throw forbidden();
        const parsed = def.schema.safeParse(values);
        if (!parsed.success) return { ok: false, issues: parsed.error.issues } as const;
        const { board, roles, council, councilRole } = access;
        const ctxBoard = board && { id: board.id, slug: board.slug, name: board.name };
        // A replayed form (same _submissionKey) gets the first result without running again.
        const submission = { councilId: council.id, personId: access.actor.id, action: def.name, key: submissionKeyOf(values) };
        const result = await oncePerSubmission(tx, submission, async () => {
          const ran = await def.run({ council, councilRole, tx, actor: { id: access.actor.id }, board: ctxBoard, roles, request, now }, parsed.data);
          await recordAudit(tx, { council, actor: access.actor, board, request, now }, ran.audit);
          return ran;
        });
        return { ok: true, result } as const;
      },
      now,
    );
    if (!outcome.ok) return { ok: false, code: 'INVALID', message: 'Check the form', fieldErrors: fieldErrorsOf(outcome.issues), values: echo(values) };
    return { ok: true, data: outcome.result.data, message: outcome.result.message };
  } catch (error) {
    const refusal = asRefusal(error);
    if (!refusal) throw error;
    return { ...refusal, values: refusal.code === 'INVALID' || refusal.code === 'CONFLICT' || refusal.code === 'UNAVAILABLE' ? echo(values) : undefined };
  }
}

/** zod's issues as the error summary's messages per field (a form-wide problem under `form`). */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], formKey = 'form'): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join('.') || formKey] ??= []).push(issue.message);
  return fieldErrors;
}

/** Parses input at the edge with the feature's schema, or refuses it as INVALID with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, values: unknown, formKey = 'form'): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw invalid(fieldErrorsOf(parsed.error.issues, formKey));
  return parsed.data;
}

/**
 * The change's audit events, in the change's transaction: who, from where, when, on the
 * route's board unless an event names another. Every mutation appends through here
 * (defineAction, and the streamed paper upload, which cannot be a form action).
 */
export function recordAudit(
  tx: Tx,
  ctx: { council: { id: string }; actor: { id: string }; board: { id: string } | null; request: RequestInfo; now: Date },
  drafts: AuditDraft[],
) {
  return appendAudit(
    tx,
    { councilId: ctx.council.id, actorId: ctx.actor.id, ip: ctx.request.ip, userAgent: ctx.request.userAgent },
    drafts.map((a) => ({ boardId: ctx.board?.id ?? null, ...a })),
    ctx.now,
  );
}

/** Refusals the app expects become results; anything else is a bug and is thrown. */
export function asRefusal(error: unknown): Extract<ActionResult, { ok: false }> | null {
  const unavailable = unavailableRefusal(error, 'action');
  if (unavailable) return unavailable;
  const refusal = error instanceof AppError ? error : fromPrisma(error);
  return refusal && { ok: false, code: refusal.code, message: refusal.message, fieldErrors: refusal.fieldErrors, current: refusal.current };
}
