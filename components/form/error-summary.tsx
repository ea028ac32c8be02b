import type { Ref } from 'react';

export type FieldError = {
  field: string;
  message: string;
  /** where the message leads instead of its field (e.g. signing in again after a session ended) */
  href?: string;
};

/**
 * GOV.UK error summary: focused on arrival (by the form that shows it), each message a
 * link to its field. `field` is the element id to link to.
 */
export function ErrorSummary({ errors, ref, idPrefix = '' }: { errors: FieldError[]; ref?: Ref<HTMLDivElement>; idPrefix?: string }) {
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${idPrefix}error-summary-title`}
      className="mb-8 max-w-3xl border-4 border-error p-4 focus:outline-focus"
    >
      <h2 id={`${idPrefix}error-summary-title`} className="text-xl">
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
