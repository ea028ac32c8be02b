import 'server-only';
import { DatabaseUnavailableError, isDatabaseUnavailable, recordUnavailable } from '../db/outage';
import type { ActionResult } from './result';

export const UNAVAILABLE_MESSAGE =
  'This was not saved: the service cannot reach its database for a moment. What you typed is still here. Try again in a minute.';

/**
 * A save that failed because the database was unreachable becomes a refusal the form
 * shows (with what was typed), never an error page. Logged once (lib/db/outage.ts).
 */
export function unavailableRefusal(error: unknown, where: string): Extract<ActionResult, { ok: false }> | null {
  if (!isDatabaseUnavailable(error)) return null;
  if (!(error instanceof DatabaseUnavailableError)) recordUnavailable(error, where);
  return { ok: false, code: 'UNAVAILABLE', message: UNAVAILABLE_MESSAGE };
}

/** What was typed, to show again (never a password). */
export function typedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) out[key] = value;
  return out;
}

/**
 * For server actions outside runFormAction (sign-in links, accepting an invitation, your
 * own sessions and calendar): a database outage answers UNAVAILABLE with what was typed,
 * never an error page. Anything else (a redirect included) passes through.
 */
export async function keepFormOnOutage(formData: FormData | null, run: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await run();
  } catch (error) {
    const unavailable = unavailableRefusal(error, 'form action');
    if (!unavailable) throw error;
    return { ...unavailable, values: formData ? typedValues(formData) : undefined };
  }
}
