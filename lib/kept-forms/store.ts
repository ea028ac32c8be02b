import crypto from 'node:crypto';
import { withApp } from '../db/tenant';
import { currentTime } from '../clock';

/** How long typed text waits for its person to sign in again. */
export const KEPT_FORM_TTL_MS = 60 * 60_000;

// What is never kept: passwords, uploads (only strings are), Next's own fields, and
// the fields a submission key or CSRF token travels in (they are made afresh).
const notKept = (name: string) => /password|^\$ACTION|^_submissionKey$|csrf/i.test(name);

const hash = (key: string) => crypto.createHash('sha256').update(key).digest('hex');

/** The form's typed values, as strings (a field named twice keeps each value, joined by new lines for a textarea). */
export function typedValues(form: FormData): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (notKept(name) || typeof value !== 'string' || name.length > 200) continue;
    (out[name] ??= []).push(value.slice(0, 20_000));
  }
  return out;
}

/** The path of a form's page, from the Referer a browser sends with a same-site post; null when it is not ours. */
export function samePagePath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    if (url.host !== host) return null;
    url.searchParams.delete('kept');
    return url.pathname + url.search;
  } catch {
    return null;
  }
}

/**
 * Keeps what was typed into a form that arrived after its session ended, and returns a
 * random key for the sign-in link. Stored by the key's hash, for an hour, with the person
 * the ended session named (when the browser still said), so only they get it back.
 */
export async function keepForm(input: { values: Record<string, string[]>; path: string; personId: string | null }, now = currentTime()): Promise<string> {
  const key = crypto.randomBytes(24).toString('base64url');
  await withApp(async (tx) => {
    await tx.keptForm.deleteMany({ where: { expiresAt: { lt: now } } });
    await tx.keptForm.create({
      data: {
        keyHash: hash(key),
        personId: input.personId,
        path: input.path,
        values: input.values,
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEPT_FORM_TTL_MS),
      },
    });
  });
  return key;
}

/**
 * The kept values for this key, once: for the person who typed them (when known), on the
 * page they were typed on, within the hour. Anything else answers null and gives nothing away.
 */
export async function takeKeptForm(key: string, personId: string, path: string, now = currentTime()): Promise<Record<string, string[]> | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(key)) return null;
  return withApp(async (tx) => {
    const row = await tx.keptForm.findUnique({ where: { keyHash: hash(key) } });
    if (!row || row.expiresAt <= now) return null;
    if (row.personId && row.personId !== personId) return null;
    if (row.path.split('?')[0] !== path.split('?')[0]) return null;
    await tx.keptForm.delete({ where: { id: row.id } });
    return row.values as Record<string, string[]>;
  });
}
