'use client';

import { Form, type FormAction } from '@/components/form';
import { RecoveryCodeList } from '@/components/recovery-code-list';
import Link from 'next/link';
import { accountPath } from '@/lib/routes';

/** The kit's form with its confirmation step; the new codes exist only in its answer, so they are drawn from it, once. */
export function RegenerateRecoveryCodesForm({ action }: { action: FormAction }) {
  return (
    <Form
      action={action}
      fields={[
        {
          name: 'code',
          label: 'Code from your authenticator app',
          hint: 'The 6-digit code the app shows now',
          autoComplete: 'one-time-code',
          inputMode: 'numeric',
          width: 'half',
        },
        { name: 'password', label: 'Or your password', type: 'password', autoComplete: 'current-password', width: 'half' },
      ]}
      submitLabel="Make new recovery codes"
      confirm={{
        question: 'Replace your recovery codes?',
        body: <p>Your current recovery codes will stop working straight away. You will see the new ones once.</p>,
        confirmLabel: 'Yes, make new codes',
        variant: 'warning',
      }}
      renderSuccess={(data) => (
        <section aria-labelledby="recovery-codes-title" className="mb-10">
          <RecoveryCodeList codes={(data as { recoveryCodes: string[] }).recoveryCodes} title="Your new recovery codes" />
          <Link href={accountPath('security')}>I have saved my recovery codes</Link>
        </section>
      )}
    />
  );
}
