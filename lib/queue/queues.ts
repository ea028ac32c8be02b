import type { Queue } from 'pg-boss';

/**
 * The job queue's shape: its schema, the queues and the schedules. Plain data, so the
 * installer (run with the migrations) and the runner agree without importing the jobs.
 */
export const QUEUE_SCHEMA = 'pgboss';

/** One message of the outbox to deliver (data: its id and kind). */
export const MAIL_QUEUE = 'mail-deliver';
/** Messages the mail server refused every time: the row is marked failed for the council's administrators. */
export const MAIL_DEAD_LETTERS = 'mail-dead';

/** Every scheduled job's time zone: the councils' (cron "0 7 * * 1" is 07:00 in London, summer or winter). */
export const SCHEDULE_TIME_ZONE = 'Europe/London';

export type ScheduledQueue = { name: string; cron: string; description: string };

const minutes = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * A cron expression for "every n minutes" that cron can say: a divisor of an hour in
 * minutes, else a divisor of a day in whole hours (rounded to the nearest one that is).
 */
export function cronEvery(n: number): string {
  if (n < 60) {
    const step = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30].reduce((best, d) => (Math.abs(d - n) < Math.abs(best - n) ? d : best));
    return step === 1 ? '* * * * *' : `*/${step} * * * *`;
  }
  const hours = [1, 2, 3, 4, 6, 8, 12, 24].reduce((best, d) => (Math.abs(d * 60 - n) < Math.abs(best * 60 - n) ? d : best));
  return hours === 1 ? '0 * * * *' : hours === 24 ? '0 3 * * *' : `0 */${hours} * * *`;
}

/** The scheduled jobs, read from the environment each call (tests and scripts may change it). */
export function scheduledQueues(): ScheduledQueue[] {
  return [
    { name: 'storage-reconcile', cron: cronEvery(minutes('STORAGE_RECONCILE_INTERVAL_MINUTES', 60)), description: 'Storage reconcile' },
    { name: 'audit-anchors', cron: cronEvery(minutes('AUDIT_ANCHOR_INTERVAL_MINUTES', 15)), description: 'Audit anchors' },
    { name: 'submission-receipts', cron: cronEvery(minutes('RECEIPT_PRUNE_INTERVAL_MINUTES', 6 * 60)), description: 'Expired submission receipts' },
    { name: 'agenda-announcements', cron: cronEvery(minutes('AGENDA_ANNOUNCE_INTERVAL_MINUTES', 15)), description: 'Public agenda announcements' },
    { name: 'public-subscriptions', cron: cronEvery(minutes('SUBSCRIPTION_PRUNE_INTERVAL_MINUTES', 6 * 60)), description: 'Public subscriptions' },
    { name: 'sign-in-leftovers', cron: cronEvery(minutes('SIGNIN_PRUNE_INTERVAL_MINUTES', 60)), description: 'Sign-in leftovers' },
    // reminders go out from 07:00 on their day (lib/rules/reminders.ts): every hour catches each one
    { name: 'reminders', cron: '0 * * * *', description: 'Reminders' },
    { name: 'weekly-digest', cron: '0 7 * * 1', description: 'Weekly digest' },
  ];
}

// Retries of a message the server refused: 30 s, 1 min, 2 min, ... at most an hour apart (pg-boss adds jitter).
export const MAIL_RETRY_DELAY_SECONDS = 30;
export const MAIL_RETRY_DELAY_MAX_SECONDS = 60 * 60;

/** Every queue the installer creates, with its options. */
export function queueDefinitions(): Queue[] {
  const week = 7 * 24 * 3600;
  return [
    {
      name: MAIL_DEAD_LETTERS,
      retryLimit: 3,
      deleteAfterSeconds: 5 * week,
    },
    {
      name: MAIL_QUEUE,
      // a message's own attempts come from OUTBOX_MAX_ATTEMPTS when it is queued (lib/mail/outbox.ts)
      retryLimit: 7,
      retryDelay: MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      retryDelayMax: MAIL_RETRY_DELAY_MAX_SECONDS,
      deadLetter: MAIL_DEAD_LETTERS,
      // an outage of any length: the message waits, it is not dropped (14 days is pg-boss's default)
      retentionSeconds: 5 * week,
      expireInSeconds: 5 * 60,
    },
    ...scheduledQueues().map((q) => ({ name: q.name, retryLimit: 1, retryDelay: 60, expireInSeconds: 30 * 60, deleteAfterSeconds: week })),
  ];
}
