import type { Tx } from './tenant';

/**
 * Every transaction-scoped advisory lock the app takes, one named class per purpose.
 * A lock is pg_advisory_xact_lock(hashtextextended(<id>, <class>)): the class seeds the
 * hash, so two purposes locking the same id (a board's risk references and its seats)
 * never wait for each other. Add a purpose here with a class no other uses; the test
 * (tests/unit/locks.test.ts) fails on a duplicate.
 */
export const LOCK_CLASSES = {
  /** the council's audit hash chain: one writer appends at a time, so it never forks */
  auditChain: 7,
  /** a meeting's attendance record: a save compares the fingerprint it was given */
  meetingAttendance: 11,
  /** the council's board hierarchy: two boards cannot become each other's parent */
  boardHierarchy: 23,
  /** a board's seats: two membership changes at once cannot both pass the rules */
  boardSeats: 31,
  /** a board's risk references: two risks added at once cannot share one (was 31, shared with seats) */
  riskReferences: 37,
} as const;

export type LockPurpose = keyof typeof LOCK_CLASSES;

/** The session-scoped lock migrations take (a plain bigint, not a class): listed so no class collides with it. */
export const MIGRATION_LOCK_KEY = 72_616_401;

/** Takes the purpose's lock on this id until the transaction ends. */
export async function lockFor(tx: Tx, purpose: LockPurpose, id: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${id}, ${LOCK_CLASSES[purpose]}::bigint))`;
}
