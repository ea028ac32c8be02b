import { DatabaseUnavailableError, isDatabaseUnavailable, recordUnavailable } from '../db/outage';
import type { ActionResult } from './result';

export const UNAVAILABLE_MESSAGE = 'This was not saved: the service cannot reach its database for a moment. What you typed is still here. Try again in a minute.';

/**
 * A save that failed because the database was unreachable becomes a refusal the form
 * shows (with what was typed), never an error page. Logged once (lib/db/outage.ts).
 */
export function unavailableRefusal(error: unknown, where: string): Extract<ActionResult, { ok: false }> | null {
  if (!isDatabaseUnavailable(error)) return null;
  if (!(error instanceof DatabaseUnavailableError)) recordUnavailable(error, where);
  return { ok: false, code: 'UNAVAILABLE', message: UNAVAILABLE_MESSAGE };
}
