import { Prisma, type PrismaClient } from '../db/generated/prisma/client';
import type { OutboxStatus } from '../db/generated/prisma/enums';
import crypto from 'node:crypto';
import { withMailer, type Tx } from '../db/tenant';
import { mailConfig } from './config';
import type { MailTransport } from './transport';

export type NewMail = {
  councilId?: string | null;
  /** What the message is for (e.g. 'invitation'), for the admin page and for filtering. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * A live secret (a sign-in link's or an invitation's token) that the body names by
   * SECRET_PLACEHOLDER. It is kept apart from the body, put in only as the message is
   * handed to the mail server, and cleared once the message is sent or given up, so the
   * outbox holds no working link after delivery.
   */
  secret?: string;
  /** A calendar invitation (iCalendar text) sent with the message, for the reader's calendar to apply. */
  calendar?: MailCalendar;
  /**
   * The address a mail client may POST to for a one-click unsubscribe (List-Unsubscribe
   * and List-Unsubscribe-Post, RFC 8058): mail to the public's subscriptions. It may name
   * SECRET_PLACEHOLDER like the body.
   */
  listUnsubscribe?: string;
};

export type MailCalendar = { method: 'REQUEST' | 'CANCEL'; content: string };

/** Where a message's secret goes in its body; URL-safe, so it survives encodeURIComponent. */
export const SECRET_PLACEHOLDER = '__TABLED_SECRET__';

/**
 * Writes a message in the caller's transaction, so it is sent if and only if the change
 * that caused it commits. Nothing is sent here: the worker delivers it after the commit.
 */
export async function enqueueMail(tx: Tx, msg: NewMail): Promise<{ id: string }> {
  const to = msg.to.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error(`Not a single email address: "${msg.to}"`);
  if (msg.secret !== undefined) {
    if (!msg.secret || !msg.text.includes(SECRET_PLACEHOLDER)) throw new Error('A secret needs its place in the body');
    if (msg.text.includes(msg.secret) || msg.html?.includes(msg.secret) || msg.listUnsubscribe?.includes(msg.secret))
      throw new Error('A secret goes in `secret`, never in the body');
  }
  // The id is made here and the row written without RETURNING: the outbox's row-level
  // security lets the app write council-less mail (sign-in links) but never read it back.
  const id = crypto.randomUUID();
  await tx.outboxMessage.createMany({
    data: [
      {
        id,
        councilId: msg.councilId ?? null,
        kind: msg.kind,
        toAddress: to,
        subject: msg.subject,
        textBody: msg.text,
        htmlBody: msg.html ?? null,
        secret: msg.secret ?? null,
        calendarMethod: msg.calendar?.method ?? null,
        calendarBody: msg.calendar?.content ?? null,
        listUnsubscribe: msg.listUnsubscribe ?? null,
        // Due at once, by the app's clock: deliverers compare with that clock, and the
        // column default (the database's now(), rounded to milliseconds) can land a
        // fraction of a millisecond after a delivery run that starts right after commit.
        nextAttemptAt: new Date(),
      },
    ],
  });
  return { id };
}

/** The body as sent: the secret in its place. */
export function renderSecret(body: string, secret: string | null): string {
  return secret ? body.split(SECRET_PLACEHOLDER).join(secret) : body;
}

// A claimed message is invisible to other deliverers until its lease ends. The lease
// must outlast one send (bounded by the transport's timeouts); a run stops starting
// sends once less than LEASE_MARGIN_MS of it is left, and hands the rest back.
const LEASE_MS = 2 * 60_000;
const LEASE_MARGIN_MS = 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;
const MAX_ERROR_CHARS = 1000;

/** Wait before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min, ... at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
}

export type DeliverOptions = {
  transport: MailTransport;
  limit?: number;
  /** The clock for due times, leases and backoff; tests move it forward. */
  now?: Date;
  prisma?: PrismaClient;
  maxAttempts?: number;
  /** Only messages of this kind: lets tests that share a database deliver only their own. */
  kind?: string;
};

/** unreachable: a send failed because the mail server could not be reached (not a refusal of the message) */
export type DeliverResult = { sent: number; retried: number; failed: number; unreachable?: boolean };

const UNREACHABLE_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * The server could not be reached at all (down, refusing connections, timing out), as
 * opposed to answering and refusing the message. Such attempts never use up a message's
 * attempts: an outage of any length ends with the mail delivered, not FAILED.
 */
export function isMailServerUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; command?: unknown; responseCode?: unknown; cause?: unknown };
  if (typeof e?.responseCode === 'number') return e.responseCode === 421; // 421: service not available, closing
  if (typeof e?.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
  return e?.cause ? isMailServerUnreachable(e.cause) : false;
}

type Claimed = {
  id: string;
  attempts: number;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  secret: string | null;
  calendarMethod: string | null;
  calendarBody: string | null;
  listUnsubscribe: string | null;
};

const calendarOf = (msg: Claimed): MailCalendar | undefined =>
  msg.calendarBody && (msg.calendarMethod === 'REQUEST' || msg.calendarMethod === 'CANCEL')
    ? { method: msg.calendarMethod, content: msg.calendarBody }
    : undefined;

/**
 * Claims due messages in one short transaction (row locks with SKIP LOCKED, then a lease
 * pushed into nextAttemptAt), sends them with no transaction open, then records each
 * outcome. Two deliverers never claim the same message, so none is sent twice unless a
 * send outlives its lease or the database fails between sending and recording it
 * (delivery is at least once, like any SMTP outbox).
 */
export async function deliverPending(opts: DeliverOptions): Promise<DeliverResult> {
  const { transport, limit = 20, now = new Date(), prisma, kind } = opts;
  const maxAttempts = opts.maxAttempts ?? mailConfig().maxAttempts;
  const started = Date.now();
  const result: DeliverResult = { sent: 0, retried: 0, failed: 0 };

  const claimed = await claim(now, limit, kind, prisma);
  for (const [i, msg] of claimed.entries()) {
    if (Date.now() - started > LEASE_MS - LEASE_MARGIN_MS) {
      await release(claimed.slice(i), now, prisma);
      break;
    }
    let error: string | null = null;
    let unreachable = false;
    try {
      const html = msg.htmlBody === null ? undefined : renderSecret(msg.htmlBody, msg.secret);
      const listUnsubscribe = msg.listUnsubscribe === null ? undefined : renderSecret(msg.listUnsubscribe, msg.secret);
      await transport.send({
        to: msg.toAddress,
        subject: msg.subject,
        text: renderSecret(msg.textBody, msg.secret),
        html,
        calendar: calendarOf(msg),
        ...(listUnsubscribe ? { listUnsubscribe } : {}),
      });
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_CHARS) || 'send failed';
      unreachable = isMailServerUnreachable(err);
    }
    if (unreachable) result.unreachable = true;
    const outcome = await record(msg, error, now, unreachable ? Number.POSITIVE_INFINITY : maxAttempts, prisma);
    result[outcome] += 1;
  }
  return result;
}

async function claim(now: Date, limit: number, kind: string | undefined, prisma?: PrismaClient): Promise<Claimed[]> {
  return withMailer(async (tx) => {
    const byKind = kind === undefined ? Prisma.empty : Prisma.sql`AND "kind" = ${kind}`;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamptz ${byKind}
      ORDER BY "createdAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.outboxMessage.updateMany({
      where: { id: { in: ids } },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
    });
    return tx.outboxMessage.findMany({
      where: { id: { in: ids } },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        attempts: true,
        toAddress: true,
        subject: true,
        textBody: true,
        htmlBody: true,
        secret: true,
        calendarMethod: true,
        calendarBody: true,
        listUnsubscribe: true,
      },
    });
  }, prisma);
}

// Every write after the claim matches the attempt count it claimed, so a deliverer whose
// lease ran out cannot overwrite the outcome recorded by the one that took over.
async function record(msg: Claimed, error: string | null, now: Date, maxAttempts: number, prisma?: PrismaClient) {
  const mine = { id: msg.id, status: 'PENDING' as const, attempts: msg.attempts };
  if (error === null) {
    // sent: the secret has done its job and is dropped with the same write
    await withMailer((tx) => tx.outboxMessage.updateMany({ where: mine, data: { status: 'SENT', sentAt: now, lastError: null, secret: null } }), prisma);
    return 'sent' as const;
  }
  const givenUp = msg.attempts >= maxAttempts;
  await withMailer(
    (tx) =>
      tx.outboxMessage.updateMany({
        where: mine,
        data: givenUp
          ? { status: 'FAILED', lastError: error, secret: null }
          : { lastError: error, nextAttemptAt: new Date(now.getTime() + retryDelayMs(msg.attempts)) },
      }),
    prisma,
  );
  return givenUp ? ('failed' as const) : ('retried' as const);
}

/** Hands back claimed messages that were not tried, without counting an attempt. */
async function release(msgs: Claimed[], now: Date, prisma?: PrismaClient): Promise<void> {
  await withMailer(async (tx) => {
    for (const msg of msgs) {
      await tx.outboxMessage.updateMany({
        where: { id: msg.id, status: 'PENDING', attempts: msg.attempts },
        data: { attempts: { decrement: 1 }, nextAttemptAt: now },
      });
    }
  }, prisma);
}

/**
 * The mail server answers again: messages waiting out a backoff after failed attempts are
 * made due now, instead of an hour later. Returns how many.
 */
export async function resetBackoff(now = new Date(), prisma?: PrismaClient): Promise<number> {
  const { count } = await withMailer(
    (tx) => tx.outboxMessage.updateMany({ where: { status: 'PENDING', lastError: { not: null }, nextAttemptAt: { gt: now } }, data: { nextAttemptAt: now } }),
    prisma,
  );
  return count;
}

/**
 * After deliveries failed because the server was unreachable: probe it, and if it answers
 * make the waiting messages due at once. Null when it is still unreachable.
 */
export async function resumeIfReachable(opts: { transport: MailTransport; now?: Date; prisma?: PrismaClient }): Promise<number | null> {
  if (!opts.transport.verify || !(await opts.transport.verify())) return null;
  return resetBackoff(opts.now ?? new Date(), opts.prisma);
}

export type OutboxSummary = Record<OutboxStatus, number>;

/** Message counts by status, for the admin page. */
export async function outboxSummary(prisma?: PrismaClient): Promise<OutboxSummary> {
  const groups = await withMailer((tx) => tx.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } }), prisma);
  const summary: OutboxSummary = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of groups) summary[g.status] = g._count._all;
  return summary;
}
