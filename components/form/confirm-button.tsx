'use client';

import type { ReactNode } from 'react';
import { Form, type FormAction } from './form';
import type { FieldSpec } from './field-list';
import type { ButtonVariant } from './button';

/**
 * A step that cannot be undone (approving, removing, ending, signing off). The first press
 * posts and comes back with "Are you sure?" and what will happen; only the button in that
 * panel does it. Both are plain posts, so it works without JavaScript, and focus goes to
 * the question, then to the result (the page's banner), never to the page's top.
 * The server action starts with `confirmationStep(formData)` (lib/forms/confirm.ts).
 */
export function ConfirmButton({
  action,
  label,
  question,
  confirmLabel,
  body,
  hidden = {},
  fields = [],
  variant = 'primary',
  confirmVariant,
  idPrefix,
}: {
  action: FormAction;
  label: string;
  question: string;
  confirmLabel: string;
  body?: ReactNode;
  /** the record's keys (id, version) the action needs */
  hidden?: Record<string, string | number | null | undefined>;
  /** any choice made with the first press (a new status, a reason), shown back in the question */
  fields?: FieldSpec[];
  variant?: ButtonVariant;
  confirmVariant?: ButtonVariant;
  idPrefix?: string;
}) {
  const keys: FieldSpec[] = Object.entries(hidden).map(([name, value]) => ({
    name,
    label: '',
    type: 'hidden',
    defaultValue: value == null ? '' : String(value),
  }));
  return (
    <Form
      action={action}
      fields={[...keys, ...fields]}
      submitLabel={label}
      variant={variant}
      idPrefix={idPrefix}
      confirm={{ question, confirmLabel, body, variant: confirmVariant ?? variant }}
    />
  );
}
