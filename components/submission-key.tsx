'use client';

import { useState } from 'react';

/** The field every mutating form carries; lib/action/idempotency.ts reads it. */
export const SUBMISSION_KEY_FIELD = '_submissionKey';

const newKey = () => crypto.randomUUID();
const refused = (state: unknown) => typeof state === 'object' && state !== null && (state as { ok?: unknown }).ok === false;

/**
 * A hidden one-off key for this rendering of a form: the server runs a submission with a
 * key it has seen once only and answers a replay (a double click, a retry after a
 * timeout, back-and-resubmit) with the first result. The key changes once a submission
 * has gone through (`renewAfter` is the form's last result), so the next one is new; it
 * is kept after a refusal, which the server did not keep.
 */
export function SubmissionKey({ renewAfter }: { renewAfter?: unknown }) {
  const [key, setKey] = useState(newKey);
  const [seen, setSeen] = useState(renewAfter);
  if (renewAfter !== seen) {
    setSeen(renewAfter);
    if (!refused(renewAfter)) setKey(newKey());
  }
  // The server's render and the browser's pick different keys; either is a fine key, and
  // without JavaScript the server's is the one posted.
  return <input type="hidden" name={SUBMISSION_KEY_FIELD} value={key} readOnly suppressHydrationWarning />;
}
