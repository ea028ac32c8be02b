/**
 * Rules for the public's email subscriptions to a public board (issue 19.7): what can be
 * subscribed to, how long a confirmation link lasts, and how many confirmation mails one
 * address may be sent for one board in a day, so the form cannot be used to flood an inbox.
 */

export const SUBSCRIPTION_TOPICS = ['agenda', 'meeting-changes', 'minutes'] as const;
export type SubscriptionTopic = (typeof SUBSCRIPTION_TOPICS)[number];

export const topicLabels: Record<SubscriptionTopic, string> = {
  agenda: 'An agenda is published',
  'meeting-changes': 'A meeting is moved or cancelled',
  minutes: 'Minutes are published',
};

export const CONFIRM_LINK_DAYS = 7;
export const CONFIRM_MAILS_PER_DAY = 3;
const DAY_MS = 24 * 60 * 60_000;

export const isTopic = (value: unknown): value is SubscriptionTopic => SUBSCRIPTION_TOPICS.includes(value as SubscriptionTopic);

/** Known topics only, each once, in the usual order. */
export function normaliseTopics(values: readonly unknown[]): SubscriptionTopic[] {
  return SUBSCRIPTION_TOPICS.filter((t) => values.includes(t));
}

export const confirmLinkExpiry = (now: Date) => new Date(now.getTime() + CONFIRM_LINK_DAYS * DAY_MS);

export type ConfirmWindow = { windowStartedAt: Date | null; sentInWindow: number };

/**
 * Whether one more confirmation mail may go now, and the window to store if it does: at
 * most CONFIRM_MAILS_PER_DAY in the 24 hours from the first of them.
 */
export function confirmationAllowance(state: ConfirmWindow, now: Date): { allowed: boolean; next: ConfirmWindow } {
  const fresh = !state.windowStartedAt || now.getTime() - state.windowStartedAt.getTime() >= DAY_MS || now.getTime() < state.windowStartedAt.getTime();
  if (fresh) return { allowed: true, next: { windowStartedAt: now, sentInWindow: 1 } };
  if (state.sentInWindow < CONFIRM_MAILS_PER_DAY)
    return { allowed: true, next: { windowStartedAt: state.windowStartedAt, sentInWindow: state.sentInWindow + 1 } };
  return { allowed: false, next: state };
}

/** A confirmation link works once, until it expires. */
export function confirmLinkUsable(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && now.getTime() < expiresAt.getTime();
}

/** Mail for a topic goes only to a confirmed, not unsubscribed address that chose it. */
export function receivesTopic(s: { confirmedAt: Date | null; unsubscribedAt: Date | null; topics: readonly string[] }, topic: SubscriptionTopic): boolean {
  return s.confirmedAt !== null && s.unsubscribedAt === null && s.topics.includes(topic);
}
