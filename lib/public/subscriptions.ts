import 'server-only';
import crypto from 'node:crypto';
import { withCouncil, type Tx } from '../db/tenant';
import { enqueueMail, SECRET_PLACEHOLDER } from '../mail/outbox';
import { appUrl } from '../app-url';
import { notFound } from '../errors';
import { sealSecret } from '../auth/secret-box';
import { publicConfirmSubscriptionPath } from '../routes';
import {
  CONFIRM_LINK_DAYS,
  confirmationAllowance,
  confirmLinkExpiry,
  confirmLinkUsable,
  normaliseTopics,
  topicLabels,
  type SubscriptionTopic,
} from '../rules/public-subscription';
import { councilBySlug } from './queries';

// The public's subscriptions to a public board (issue 19.7): no account, double opt-in.
// Everything here runs without a session, under the council named in the URL (row-level
// security), and finds rows by the hash of a token and that board, so a token of one
// council or board does nothing at another's address.

const newToken = () => crypto.randomBytes(32).toString('base64url');
export const hashSubscriptionToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const plausibleToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);

async function publicBoardScope(councilSlug: string, boardSlug: string, publicOnly = true) {
  const council = await councilBySlug(councilSlug);
  if (!council) return null;
  const board = await withCouncil(council.id, (tx) =>
    tx.board.findFirst({
      where: { councilId: council.id, slug: boardSlug, ...(publicOnly ? { isPublic: true } : {}) },
      select: { id: true, slug: true, name: true },
    }),
  );
  return board ? { council, board } : null;
}

export type SubscriptionRequest = { councilSlug: string; boardSlug: string; email: string; topics: SubscriptionTopic[] };

/**
 * Records the request and queues a confirmation mail with a single-use link (kept only
 * as its hash, for CONFIRM_LINK_DAYS days). An address already subscribed is sent a new
 * link (its choice of topics applies once confirmed); past CONFIRM_MAILS_PER_DAY mails a
 * day nothing is sent. The caller answers the same whatever happened here, so the form
 * never tells anyone whether an address is subscribed. Returns whether a mail was queued.
 * A private board, or none, is NOT_FOUND.
 */
export async function requestSubscription(req: SubscriptionRequest, now: Date): Promise<{ queued: boolean }> {
  const scope = await publicBoardScope(req.councilSlug, req.boardSlug);
  if (!scope) throw notFound('Board');
  const { council, board } = scope;
  const email = req.email.trim().toLowerCase();
  const topics = normaliseTopics(req.topics);
  return withCouncil(council.id, async (tx) => {
    const existing = await tx.publicSubscription.findUnique({
      where: { boardId_email: { boardId: board.id, email } },
      select: { id: true, confirmWindowStartedAt: true, confirmMailsInWindow: true },
    });
    const allowance = confirmationAllowance(
      { windowStartedAt: existing?.confirmWindowStartedAt ?? null, sentInWindow: existing?.confirmMailsInWindow ?? 0 },
      now,
    );
    if (!allowance.allowed) return { queued: false };
    const confirmToken = newToken();
    const pending = {
      requestedTopics: topics,
      confirmTokenHash: hashSubscriptionToken(confirmToken),
      confirmTokenExpiresAt: confirmLinkExpiry(now),
      confirmWindowStartedAt: allowance.next.windowStartedAt,
      confirmMailsInWindow: allowance.next.sentInWindow,
    };
    if (existing) {
      await tx.publicSubscription.update({ where: { id: existing.id }, data: pending });
    } else {
      const unsubscribeToken = newToken();
      await tx.publicSubscription.create({
        data: {
          councilId: council.id,
          boardId: board.id,
          email,
          topics: [],
          ...pending,
          unsubscribeTokenHash: hashSubscriptionToken(unsubscribeToken),
          unsubscribeTokenSealed: sealSecret(unsubscribeToken),
          createdAt: now,
        },
      });
    }
    await enqueueMail(tx, {
      councilId: council.id,
      kind: 'public.subscription-confirm',
      to: email,
      subject: `Confirm your email updates: ${board.name}, ${council.name}`,
      text: [
        `Someone, we hope you, asked for email updates about the ${board.name} of ${council.name} when:`,
        '',
        ...topics.map((t) => `- ${topicLabels[t].toLowerCase()}`),
        '',
        `To confirm, open this link and press the button. It works once, for ${CONFIRM_LINK_DAYS} days:`,
        `${appUrl()}${publicConfirmSubscriptionPath(council.slug, board.slug, SECRET_PLACEHOLDER)}`,
        '',
        'If you did not ask for this, ignore this email: you will not be sent anything else.',
      ].join('\n'),
      secret: confirmToken,
    });
    return { queued: true };
  });
}

export type ConfirmOutcome = { ok: true; boardName: string; topics: SubscriptionTopic[] } | { ok: false };

/** Spends a confirmation link: the subscription starts with the topics it asked for. Unknown, used or expired: not ok. */
export async function confirmSubscription(councilSlug: string, boardSlug: string, token: unknown, now: Date): Promise<ConfirmOutcome> {
  if (!plausibleToken(token)) return { ok: false };
  const scope = await publicBoardScope(councilSlug, boardSlug);
  if (!scope) return { ok: false };
  return withCouncil(scope.council.id, async (tx) => {
    const hash = hashSubscriptionToken(token);
    const row = await tx.publicSubscription.findFirst({
      where: { boardId: scope.board.id, confirmTokenHash: hash },
      select: { id: true, requestedTopics: true, confirmTokenExpiresAt: true },
    });
    if (!row || !confirmLinkUsable(row.confirmTokenExpiresAt, now)) return { ok: false };
    const topics = normaliseTopics(row.requestedTopics);
    // single use: only the request that still finds the hash confirms
    const { count } = await tx.publicSubscription.updateMany({
      where: { id: row.id, confirmTokenHash: hash },
      data: { topics, confirmedAt: now, unsubscribedAt: null, confirmTokenHash: null, confirmTokenExpiresAt: null },
    });
    return count === 1 ? { ok: true, boardName: scope.board.name, topics } : { ok: false };
  });
}

/**
 * Stops every mail of the subscription whose unsubscribe token this is. Works whether or
 * not the board is still public (a board made private must still let people go); saying
 * it twice is the same as once. False for a token that is not this board's.
 */
export async function unsubscribe(councilSlug: string, boardSlug: string, token: unknown, now: Date): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  const scope = await publicBoardScope(councilSlug, boardSlug, false);
  if (!scope) return false;
  return withCouncil(scope.council.id, async (tx) => {
    const { count } = await tx.publicSubscription.updateMany({
      where: { boardId: scope.board.id, unsubscribeTokenHash: hashSubscriptionToken(token) },
      data: { topics: [], confirmTokenHash: null, confirmTokenExpiresAt: null },
    });
    if (count === 0) return false;
    await tx.publicSubscription.updateMany({
      where: { boardId: scope.board.id, unsubscribeTokenHash: hashSubscriptionToken(token), unsubscribedAt: null },
      data: { unsubscribedAt: now },
    });
    return true;
  });
}

/** The council and board names for the confirm and unsubscribe pages (unsubscribing works on a board made private since). */
export async function subscriptionPageBoard(councilSlug: string, boardSlug: string, publicOnly: boolean) {
  const scope = await publicBoardScope(councilSlug, boardSlug, publicOnly);
  return scope && { council: { slug: scope.council.slug, name: scope.council.name }, board: { slug: scope.board.slug, name: scope.board.name } };
}

const KEEP_UNSUBSCRIBED_DAYS = 30;

/**
 * Housekeeping: forgets the addresses the council has no reason to keep. A request never
 * confirmed, once its link has expired; an unsubscribed address, 30 days after it left
 * (long enough for its unsubscribe link to keep answering "done"). Returns rows removed.
 */
export async function prunePublicSubscriptions(tx: Tx, now: Date): Promise<number> {
  const noLiveLink = { OR: [{ confirmTokenExpiresAt: null }, { confirmTokenExpiresAt: { lt: now } }] };
  const unconfirmed = await tx.publicSubscription.deleteMany({ where: { confirmedAt: null, ...noLiveLink } });
  const left = await tx.publicSubscription.deleteMany({
    where: { unsubscribedAt: { lt: new Date(now.getTime() - KEEP_UNSUBSCRIBED_DAYS * 86_400_000) }, ...noLiveLink },
  });
  return unconfirmed.count + left.count;
}
