import { describe, expect, it } from 'vitest';
import { estimatedRetryAt, unreachableDelayMs } from '../../lib/mail/outbox';
import { cronEvery, MAIL_DEAD_LETTERS, MAIL_QUEUE, queueDefinitions, scheduledQueues } from '../../lib/queue/queues';

describe('the job queue', () => {
  it('says an interval in minutes as the nearest cron step', () => {
    expect(cronEvery(15)).toBe('*/15 * * * *');
    expect(cronEvery(1)).toBe('* * * * *');
    expect(cronEvery(7)).toBe('*/6 * * * *');
    expect(cronEvery(60)).toBe('0 * * * *');
    expect(cronEvery(360)).toBe('0 */6 * * *');
    expect(cronEvery(24 * 60)).toBe('0 3 * * *');
  });

  it('dead-letters mail after retries with exponential backoff, and gives every scheduled job a queue', () => {
    const queues = queueDefinitions();
    expect(queues.find((q) => q.name === MAIL_QUEUE)).toMatchObject({ deadLetter: MAIL_DEAD_LETTERS, retryBackoff: true, retryDelay: 30, retryDelayMax: 3600 });
    // the dead-letter queue is created before the queue that names it
    expect(queues.findIndex((q) => q.name === MAIL_DEAD_LETTERS)).toBeLessThan(queues.findIndex((q) => q.name === MAIL_QUEUE));
    for (const { name } of scheduledQueues()) expect(queues.map((q) => q.name)).toContain(name);
  });

  it('waits 30 s, 1, 2, 4 and then 5 minutes while the mail server cannot be reached', () => {
    expect([0, 1, 2, 3, 4, 10].map(unreachableDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
  });

  it('estimates the next try of a refused message for the administrators (at most an hour)', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    expect(estimatedRetryAt(now, 0).getTime() - now.getTime()).toBe(30_000);
    expect(estimatedRetryAt(now, 20).getTime() - now.getTime()).toBe(3_600_000);
  });
});
