import type { ErrorCode } from '../errors';

/** What every server action returns: success, or a refusal the page can show. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      /** per field, for the error summary and the fields themselves */
      fieldErrors?: Record<string, string[]>;
      /** what was typed, so the form shows it again rather than losing it */
      values?: Record<string, string>;
      /** on a clash of edits: the version someone else saved, shown beside yours */
      current?: Record<string, string>;
      /** the session had ended: sign in here, and come back to the form with what was typed */
      signInHref?: string;
    };

export const initialResult = null as ActionResult | null;
