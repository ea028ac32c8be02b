import type { ActionResult } from '../action/result';
import { collectDateParts } from './date';
import { CONFIRM_FIELD, type NeedsConfirmation } from './confirm-state';

export { CONFIRM_FIELD, needsConfirmation, type NeedsConfirmation } from './confirm-state';

type Checkable = { schema: { safeParse: (v: unknown) => { success: boolean } } };

/**
 * The first step of an action that cannot be undone: unless the post carries the
 * confirmation, nothing is changed and the form is told to ask "Are you sure?" (the
 * ConfirmButton of components/form draws the question). A plain form post reaches this
 * too, so the step works without JavaScript.
 */
export function confirmationStep(formData: FormData, action?: Checkable): ActionResult<NeedsConfirmation> | null {
  if (isConfirmed(formData)) return null;
  // A form that cannot pass goes straight to the action, which refuses it (changing
  // nothing) with its errors: there is no point asking "Are you sure?" about it.
  if (action && !action.schema.safeParse(postedValues(formData)).success) return null;
  return { ok: true, data: { needsConfirmation: true, values: repostable(formData) } };
}

export const isConfirmed = (formData: FormData) => formData.get(CONFIRM_FIELD) === 'yes';

/** The question an action asks only in some cases, after it has looked (nothing was changed). */
export function askToConfirm(formData: FormData, ask: { question: string; detail: string[]; confirmLabel: string }): ActionResult<NeedsConfirmation> {
  return { ok: true, data: { needsConfirmation: true, values: repostable(formData), ...ask } };
}

function repostable(formData: FormData): [string, string][] {
  const values: [string, string][] = [];
  for (const [k, v] of formData.entries()) if (typeof v === 'string' && !k.startsWith('$ACTION') && k !== '_submissionKey') values.push([k, v]);
  return values;
}

function postedValues(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    out[key] = key in out ? ([] as unknown[]).concat(out[key], value) : value;
  }
  return collectDateParts(out);
}
