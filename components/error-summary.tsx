import type { Ref } from 'react';

export type FieldError = {
  field: string;
  message: string;
  /** where the message leads instead of its field (e.g. signing in again after a session ended) */
  href?: string;
};

/** GOV.UK error summary: focused on arrival, each message links to its field. */
export function ErrorSummary({ errors, ref }: { errors: FieldError[]; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-8 border-4 border-error p-4 focus:outline-focus">
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field + e.message}>
            <a href={e.href ?? `#${e.field}`} className="font-bold text-error visited:text-error">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
