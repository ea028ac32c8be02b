import { openDatabase, ownerTarget, type Database } from '../lib/db/connection';
import { DatabaseLockedError } from '../lib/db/data-dir-lock';

/**
 * Opens the owner's database for a maintenance command. On the embedded database that
 * needs the app stopped (one process at a time, or the database is destroyed): the lock
 * refuses the command while the app runs, and this says so in the command's own words.
 */
export async function openForMaintenance(command: string): Promise<Database> {
  try {
    return await openDatabase(ownerTarget());
  } catch (error) {
    exitIfLocked(command, error);
    throw error;
  }
}

/** Ends the command with a clear message when the embedded database is held by a running app. */
export function exitIfLocked(command: string, error: unknown): void {
  if (!(error instanceof DatabaseLockedError)) return;
  console.error(
    `${command} needs the app stopped when it uses the embedded database.\n` +
      `Process ${error.holder.pid} (${error.holder.command}, since ${error.holder.startedAt}) has ${error.dataDir} open.\n` +
      'Stop it (Ctrl+C where `npm start` runs), run this command, then start the app again.',
  );
  process.exit(3);
}
