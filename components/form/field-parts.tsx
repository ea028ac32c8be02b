/** The pieces every GOV.UK form group shares: label or legend, hint, inline error. */

export const describedBy = (id: string, hint: unknown, errors: string[]) =>
  [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function Hint({ id, children }: { id: string; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-hint`} className="mb-1 text-secondary">
      {children}
    </div>
  );
}

export function FieldErrorText({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={`${id}-error`} className="mb-1 font-bold text-error">
      <span className="sr-only">Error:</span> {errors.join('. ')}
    </p>
  );
}

export function Group({ errors, children, className = '' }: { errors: string[]; children: React.ReactNode; className?: string }) {
  return <div className={`${errors.length ? 'border-l-4 border-error pl-4' : ''} ${className}`.trim() || undefined}>{children}</div>;
}

export const inputBorder = (errors: string[]) => (errors.length ? 'border-error' : 'border-border-input');

export const widths = {
  full: 'w-full max-w-xl',
  half: 'w-full max-w-xs',
  short: 'w-full max-w-[10rem]',
} as const;
export type Width = keyof typeof widths;
