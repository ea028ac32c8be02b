// What the browser's form needs of a two-step action, apart from the server's side
// (lib/forms/confirm.ts), so the form kit's bundle carries no date or calendar code.
import type { ActionResult } from '../action/result';

/** The field a confirmation panel's button posts: the second post of a two-step action. */
export const CONFIRM_FIELD = '_confirm';

/**
 * What the first post sent, to post again with the confirmation (and to show, without
 * JavaScript). An action that asks only sometimes (a meeting scheduled after its
 * deadlines) says what it asks and why; otherwise the form's own question is used.
 */
export type NeedsConfirmation = { needsConfirmation: true; values: [string, string][]; question?: string; detail?: string[]; confirmLabel?: string };

export function needsConfirmation(result: ActionResult | null): NeedsConfirmation | null {
  if (!result?.ok || typeof result.data !== 'object' || result.data === null) return null;
  const data = result.data as Partial<NeedsConfirmation>;
  return data.needsConfirmation === true && Array.isArray(data.values) ? (data as NeedsConfirmation) : null;
}
