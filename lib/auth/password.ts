import { hash, verify } from '@node-rs/argon2';
import type { Tx } from '../db/tenant';

// Argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1).
const options = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under isolatedModules */ as const,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A person's hash, for checking a password they just gave. Only the sign-in role
 * (withAuth) may call the function; no role but the owner can select the table.
 */
export async function passwordHashOf(tx: Tx, personId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ hash: string | null }[]>`SELECT tabled_password_hash(${personId}::uuid) AS hash`;
  return rows[0]?.hash ?? null;
}

/** Sets the acting person's own password (the transaction must act for them: withPerson). */
export async function setOwnPassword(tx: Tx, personId: string, passwordHash: string): Promise<void> {
  await tx.$executeRaw`SELECT tabled_set_password(${personId}::uuid, ${passwordHash})`;
}
