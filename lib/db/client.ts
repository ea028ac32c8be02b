import type { PrismaClient } from './generated/prisma/client';
import { createPrismaClient, openDatabase, type Database } from './connection';

type Handle = { db: Database; prisma: PrismaClient };

// One client per process (and one across dev-server reloads): the embedded database
// allows a single opener, and a server pool should not be multiplied.
const holder = globalThis as unknown as { __tabled?: Promise<Handle> };

export function getHandle(): Promise<Handle> {
  holder.__tabled ??= openDatabase().then((db) => ({ db, prisma: createPrismaClient(db) }));
  return holder.__tabled;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getHandle()).prisma;
}

/** The handle if this process has opened (or been given) one, without opening it. */
export function openedHandle(): Promise<Handle | undefined> {
  return holder.__tabled ?? Promise.resolve(undefined);
}

/** Tests and scripts point the app's functions at their own database. */
export function setDatabaseHandle(handle: Handle): void {
  holder.__tabled = Promise.resolve(handle);
}

/** Closes this process's pool (or the embedded database) at shutdown; the next getHandle opens anew. */
export async function closeDatabaseHandle(): Promise<void> {
  const pending = holder.__tabled;
  holder.__tabled = undefined;
  if (!pending) return;
  const { db, prisma } = await pending;
  await prisma.$disconnect();
  await db.close();
}
