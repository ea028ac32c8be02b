import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The embedded database (PGlite) is one PostgreSQL backend inside one process: a second
 * process opening the same folder writes over the first one's WAL and checkpoints and
 * destroys the database. So the folder is locked for as long as one process has it
 * open, by a lock file created with O_EXCL beside it that names the holder (pid, process
 * start time, host, command).
 *
 * Node has no flock without a native addon; instead a holder whose process has gone
 * (killed, crashed) is recognised by its pid no longer running, or running as another
 * process (a different start time: the pid was reused), and its lock is taken over.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}, started ${holder.startedAt}${holder.host !== os.hostname() ? ` on ${holder.host}` : ''}). ` +
        'Only one process may open it at a time: a second opener corrupts it. Stop that process first ' +
        '(maintenance commands such as audit:verify, db:seed, db:migrate and backup need the app stopped when it uses the embedded database).',
    );
    this.name = 'DatabaseLockedError';
  }
}

export type LockHolder = { pid: number; processStart: string | null; host: string; command: string; startedAt: string };

export type DataDirLock = { file: string; release(): void };

const held = globalThis as unknown as { __tabledLocks?: Map<string, DataDirLock> };
const locks = (held.__tabledLocks ??= new Map());
let exitHookInstalled = false;

export const lockFileOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

/** The kernel's start time of a process (Linux), so a reused pid is not taken for the holder. */
function processStartOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime), counted after the command name, which may contain spaces.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return rest[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true; // another machine's process: cannot tell, never steal
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStartOf(holder.pid);
  return !(start && holder.processStart && start !== holder.processStart);
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Half-written by a holder that died while creating it: treat as stale.
    return { pid: -1, processStart: null, host: os.hostname(), command: 'unknown', startedAt: 'unknown' };
  }
}

/** Takes the folder's lock or throws DatabaseLockedError naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = lockFileOf(dataDir);
  const mine = locks.get(file);
  if (mine) throw new DatabaseLockedError(dataDir, { ...ownHolder(), command: `${ownHolder().command} (this same process)` });
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(ownHolder()));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      const lock: DataDirLock = {
        file,
        release() {
          if (locks.get(file) !== lock) return;
          locks.delete(file);
          const holder = readHolder(file);
          if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
        },
      };
      locks.set(file, lock);
      installExitHook();
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && isAlive(holder)) throw new DatabaseLockedError(dataDir, holder);
    // Stale: its holder is gone. Move it aside atomically so two takers cannot both remove
    // a fresh lock; whoever's rename loses simply tries again.
    const aside = `${file}.stale-${process.pid}`;
    try {
      fs.renameSync(file, aside);
      const moved = readHolder(aside);
      if (moved && holder && moved.pid !== holder.pid) {
        // Someone else took it between our read and our rename: put theirs back and look again.
        fs.renameSync(aside, file);
        continue;
      }
      fs.rmSync(aside, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const holder = readHolder(file);
  throw new DatabaseLockedError(dataDir, holder ?? ownHolder());
}

/** Who holds the folder now, or null when no living process does. */
export function dataDirHolder(dataDir: string): LockHolder | null {
  const holder = readHolder(lockFileOf(dataDir));
  return holder && isAlive(holder) ? holder : null;
}

function ownHolder(): LockHolder {
  return {
    pid: process.pid,
    processStart: processStartOf(process.pid),
    host: os.hostname(),
    command:
      process.argv
        .slice(1, 3)
        .map((a) => path.basename(a))
        .join(' ') || 'node',
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
  };
}

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lock of [...locks.values()]) lock.release();
  });
}
