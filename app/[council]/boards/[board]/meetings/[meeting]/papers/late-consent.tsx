'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/action/result';
import { Form } from '@/components/form';

type FormAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult | null>;

/**
 * The Chair's consent form. Accepting the last late paper removes the form (there is
 * nothing left to choose), so the confirmation is kept here and shown in its place.
 */
export function LateConsent({ action, options }: { action: FormAction; options: { value: string; label: string }[] }) {
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const remember: FormAction = async (state, formData) => {
    const result = await action(state, formData);
    if (result?.ok) setConfirmed(result.message ?? null);
    return result;
  };
  if (options.length === 0) {
    return confirmed ? (
      <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4 font-bold">
        {confirmed}
      </div>
    ) : (
      <p className="mb-4">No late papers are waiting for your consent.</p>
    );
  }
  return (
    <Form
      action={remember}
      submitLabel="Accept the late paper"
      fields={[
        { name: 'fileId', label: 'Late paper', type: 'select', options },
        {
          name: 'reason',
          label: 'Reason for accepting it late',
          type: 'textarea',
          hint: 'For example: the figures could only be validated after the deadline, and the board needs them for this meeting',
        },
      ]}
    />
  );
}
