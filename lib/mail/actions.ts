import { z } from 'zod';
import { defineAction } from '../action/define';
import { notFoundError } from '../errors';
import { MAIL_QUEUE } from '../queue/queues';
import { queueJob } from '../queue/sender';
import { mailJobOptions, type MailJob } from './outbox';

const requeueSchema = z.object({ messageId: z.uuid({ message: 'Choose a message' }) });

/** An administrator sends a failed (or waiting) message again now, with a fresh set of attempts. */
export const requeueMail = defineAction({
  name: 'mail.requeue',
  scope: 'council',
  councilRoles: ['OWNER', 'ADMIN'],
  schema: requeueSchema,
  async run(ctx, input) {
    const before = await ctx.tx.outboxMessage.findFirst({
      where: { id: input.messageId, councilId: ctx.council.id, status: { in: ['PENDING', 'FAILED'] } },
      select: { id: true, status: true, attempts: true, lastError: true, toAddress: true, subject: true, kind: true },
    });
    if (!before) throw notFoundError('Message');
    // Only these three columns are the app role's to change (migration 20261203110100_outbox_requeue).
    const { count } = await ctx.tx.outboxMessage.updateMany({
      where: { id: before.id, status: before.status },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: ctx.now },
    });
    if (count === 0) throw notFoundError('Message');
    // now, with all its attempts (a failed message's job was dead-lettered; a waiting one's
    // job may wait an hour: whichever job comes first sends it, the other finds it sent)
    await queueJob(ctx.tx, MAIL_QUEUE, { id: before.id, kind: before.kind } satisfies MailJob, mailJobOptions());
    return {
      data: { messageId: before.id },
      message: `Queued again: “${before.subject}” to ${before.toAddress}. It is emailed within a minute.`,
      audit: [
        {
          kind: 'mail.requeue',
          entityType: 'OutboxMessage',
          entityId: before.id,
          summary: `Mail to ${before.toAddress} queued again`,
          before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
          after: { status: 'PENDING', attempts: 0, kind: before.kind, to: before.toAddress, subject: before.subject },
        },
      ],
    };
  },
});
