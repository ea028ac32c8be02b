import type { PrismaClient } from '../db/generated/prisma/client';
import type { OutboxStatus } from '../db/generated/prisma/enums';
import crypto from 'node:crypto';
import { withMailer, type Tx } from '../db/tenant';
import { mailConfig } from './config';
import type { MailTransport } from './transport';
import { queueJob } from '../queue/sender';
import { MAIL_QUEUE, MAIL_RETRY_DELAY_MAX_SECONDS, MAIL_RETRY_DELAY_SECONDS } from '../queue/queues';

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
 * that caused it commits, with its job on the mail queue: nothing is sent here, the queue's
 * worker delivers it after the commit.
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
        nextAttemptAt: new Date(),
      },
    ],
  });
  await queueJob(tx, MAIL_QUEUE, { id, kind: msg.kind } satisfies MailJob, mailJobOptions());
  return { id };
}

/** A message's job: OUTBOX_MAX_ATTEMPTS tries in all before it is dead-lettered. */
export function mailJobOptions() {
  return { retryLimit: mailConfig().maxAttempts - 1 };
}

/** The body as sent: the secret in its place. */
export function renderSecret(body: string, secret: string | null): string {
  return secret ? body.split(SECRET_PLACEHOLDER).join(secret) : body;
}

const MAX_ERROR_CHARS = 1000;
// While the mail server cannot be reached a message waits 30 s, 1 min, 2 min, ... at most
// 5 min between tries, and no try counts against its attempts.
const UNREACHABLE_BASE_MS = 30_000;
const UNREACHABLE_CAP_MS = 5 * 60_000;

/** The mail queue's job: one message, and its kind (so tests that share a database deliver only their own). */
export type MailJob = { id: string; kind: string; waits?: number };

/** Wait before the next try while the server is unreachable, after `waits` such tries. */
export function unreachableDelayMs(waits: number): number {
  return Math.min(UNREACHABLE_BASE_MS * 2 ** Math.max(0, waits), UNREACHABLE_CAP_MS);
}

/** Roughly when pg-boss tries a refused message again (its backoff, without the jitter), for the admin page. */
export function estimatedRetryAt(now: Date, retryCount: number): Date {
  const seconds = Math.min(MAIL_RETRY_DELAY_SECONDS * 2 ** Math.min(16, retryCount), MAIL_RETRY_DELAY_MAX_SECONDS);
  return new Date(now.getTime() + seconds * 1000);
}

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

const calendarOf = (msg: { calendarMethod: string | null; calendarBody: string | null }): MailCalendar | undefined =>
  msg.calendarBody && (msg.calendarMethod === 'REQUEST' || msg.calendarMethod === 'CANCEL')
    ? { method: msg.calendarMethod, content: msg.calendarBody }
    : undefined;

/** The server refused the message: the job fails, and pg-boss retries it with backoff, then dead-letters it. */
export class MailRefusedError extends Error {}

export type DeliveryOutcome = 'sent' | 'waiting' | 'skipped';

export type DeliverMessageOptions = {
  transport: MailTransport;
  /** The clock for the recorded times; tests move it forward. */
  now?: Date;
  /** This job's earlier tries (pg-boss's retryCount), for the estimated next try. */
  retryCount?: number;
  prisma?: PrismaClient;
};

/**
 * Delivers one queued message: the mail queue's handler. Sent: the row is marked sent and
 * its secret dropped. Server unreachable: a new job waits a while (the attempt is not
 * counted). Refused: the error is recorded and MailRefusedError thrown, so pg-boss retries
 * the job with backoff and, after the last attempt, moves it to the dead letters (see
 * markUndeliverable). pg-boss hands each job to one worker at a time; delivery is at least
 * once, like any SMTP outbox (a crash between sending and recording sends again).
 */
export async function deliverMessage(job: MailJob, opts: DeliverMessageOptions): Promise<DeliveryOutcome> {
  const { transport, now = new Date(), prisma } = opts;
  const msg = await withMailer(async (tx) => {
    const found = await tx.outboxMessage.findFirst({ where: { id: job.id, status: 'PENDING' }, select: { attempts: true } });
    if (!found) return null; // sent, or given up
    // Taken by one job only: a message an administrator sent again has two, and the other finds it taken.
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: job.id, status: 'PENDING', attempts: found.attempts },
      data: { attempts: { increment: 1 } },
    });
    if (count === 0) return null;
    return tx.outboxMessage.findUniqueOrThrow({
      where: { id: job.id },
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
  if (!msg) return 'skipped';
  let failure: unknown = null;
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
    failure = err;
  }
  const mine = { id: msg.id, status: 'PENDING' as const, attempts: msg.attempts };
  if (failure === null) {
    // sent: the secret has done its job and is dropped with the same write
    await withMailer((tx) => tx.outboxMessage.updateMany({ where: mine, data: { status: 'SENT', sentAt: now, lastError: null, secret: null } }), prisma);
    return 'sent';
  }
  const error = (failure instanceof Error ? failure.message : String(failure)).slice(0, MAX_ERROR_CHARS) || 'send failed';
  if (isMailServerUnreachable(failure)) {
    const waits = job.waits ?? 0;
    const wait = unreachableDelayMs(waits);
    await withMailer(async (tx) => {
      const { count } = await tx.outboxMessage.updateMany({
        where: mine,
        data: { attempts: { decrement: 1 }, lastError: error, nextAttemptAt: new Date(now.getTime() + wait) },
      });
      if (count) await queueJob(tx, MAIL_QUEUE, { ...job, waits: waits + 1 } satisfies MailJob, { startAfter: Math.ceil(wait / 1000) });
    }, prisma);
    return 'waiting';
  }
  await withMailer(
    (tx) => tx.outboxMessage.updateMany({ where: mine, data: { lastError: error, nextAttemptAt: estimatedRetryAt(now, opts.retryCount ?? 0) } }),
    prisma,
  );
  throw new MailRefusedError(error);
}

/** A message pg-boss gave up on (its dead letter): marked failed, with its secret dropped, for the administrators to see and send again. */
export async function markUndeliverable(job: MailJob, prisma?: PrismaClient): Promise<boolean> {
  const { count } = await withMailer(
    (tx) => tx.outboxMessage.updateMany({ where: { id: job.id, status: 'PENDING' }, data: { status: 'FAILED', secret: null } }),
    prisma,
  );
  return count > 0;
}

export type OutboxSummary = Record<OutboxStatus, number>;

/** Message counts by status, for the admin page. */
export async function outboxSummary(prisma?: PrismaClient): Promise<OutboxSummary> {
  const groups = await withMailer((tx) => tx.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } }), prisma);
  const summary: OutboxSummary = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of groups) summary[g.status] = g._count._all;
  return summary;
}
