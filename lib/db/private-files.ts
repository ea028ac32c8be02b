import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded database and the uploaded files are readable by this user only: the
 * process creates everything 0600/0700 from here on (umask 077), and whatever an older
 * version left group- or world-accessible under `dir` is tightened once.
 */
export function keepPrivate(dir: string): void {
  try {
    process.umask(0o077);
  } catch {
    // worker threads cannot change the umask; the modes below still apply
  }
  tighten(dir);
}

function tighten(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(target, stat.isDirectory() ? 0o700 : stat.mode & 0o700);
  if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) tighten(path.join(target, entry));
}
