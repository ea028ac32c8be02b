import 'server-only';
import { z } from 'zod';
import { Prisma } from '../db/generated/prisma/client';
import type { Tx } from '../db/tenant';
import { AppError } from '../errors';

/** The hidden field every form carries: a fresh random UUID per rendered form. */
export const SUBMISSION_KEY_FIELD = '_submissionKey';

const keySchema = z.uuid();

/** The form's submission key, null when it has none (a call from code or a test); a malformed one is refused. */
export function submissionKeyOf(values: Record<string, unknown>): string | null {
  const raw = values[SUBMISSION_KEY_FIELD];
  if (raw === undefined || raw === '') return null;
  const parsed = keySchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) throw new AppError('INVALID', 'This form is out of date. Reload the page and try again.');
  return parsed.data.toLowerCase();
}

export type Submission = { councilId: string; personId: string; action: string; key: string | null };
type Stored = { data: unknown; message?: string };

/**
 * Runs a mutation at most once per submitted form. The receipt row is inserted first,
 * in the mutation's own transaction, under a unique (council, person, key): a concurrent
 * replay's insert waits on that row until the first transaction ends. If it committed,
 * the replay finds the stored result and returns it without running anything (no second
 * change, no second audit event); if it rolled back (a refusal, a crash), the key is free
 * and the replay runs as a first submission.
 */
export async function oncePerSubmission<R extends Stored>(tx: Tx, submission: Submission, run: () => Promise<R>): Promise<Pick<R, 'data' | 'message'>> {
  const { key } = submission;
  if (!key) return run();
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "SubmissionReceipt" ("councilId", "personId", "key", "action")
    VALUES (${submission.councilId}::uuid, ${submission.personId}::uuid, ${key}::uuid, ${submission.action})
    ON CONFLICT ("councilId", "personId", "key") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 0) {
    const receipt = await tx.submissionReceipt.findUnique({
      where: { councilId_personId_key: { councilId: submission.councilId, personId: submission.personId, key } },
      select: { action: true, result: true },
    });
    if (!receipt || receipt.action !== submission.action || receipt.result === null) {
      throw new AppError('CONFLICT', 'This form was already submitted. Reload the page to see what was saved.');
    }
    return receipt.result as unknown as Pick<R, 'data' | 'message'>;
  }
  const result = await run();
  const stored: Stored = { data: result.data, ...(result.message !== undefined ? { message: result.message } : {}) };
  await tx.submissionReceipt.update({
    where: { id: inserted[0]!.id },
    data: { result: JSON.parse(JSON.stringify(stored, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue },
  });
  return result;
}

/** Receipts older than this are dropped: nobody replays a form a week later. */
export const RECEIPT_RETENTION_MS = 7 * 24 * 60 * 60_000;

/** Deletes expired receipts of every council (run by the maintenance schedule as the owner of the connection). */
export async function pruneSubmissionReceipts(tx: Tx, now = new Date()): Promise<number> {
  const { count } = await tx.submissionReceipt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RECEIPT_RETENTION_MS) } } });
  return count;
}
