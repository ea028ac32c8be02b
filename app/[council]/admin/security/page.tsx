import type { Metadata } from 'next';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { councilSecondFactorSetting } from '@/lib/councils/security-queries';
import { secondFactorRequirementFormAction } from '@/lib/councils/security-form-actions';
import { Form } from '@/components/form';

export const metadata: Metadata = { title: 'Sign-in security for the council' };

export default async function CouncilSecurityPage({ params }: { params: Promise<{ council: string }> }) {
  const { council } = await params;
  const ctx = await resolveCouncilAdmin(council);
  const required = await councilSecondFactorSetting(ctx.council.id);
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Sign-in security</h1>
      <p className="mb-4 max-w-2xl">
        You can require the council&apos;s administrators (council owners and admins, board administrators) and Chairs to sign in with a second factor: a code
        from an authenticator app as well as their password. Signing in with a Microsoft work account counts, because the organisation&apos;s directory applies
        its own checks.
      </p>
      <p className="mb-6 max-w-2xl">
        Anyone it applies to who has not set one up is sent to set one up after signing in, and can reach nothing in {ctx.council.name} until they have. That
        includes you.
      </p>
      <p className="mb-6 font-bold">Now: {required ? 'a second factor is required' : 'a second factor is not required'}.</p>
      <Form
        action={secondFactorRequirementFormAction.bind(null, ctx.council.slug)}
        fields={[
          {
            name: 'requireSecondFactor',
            label: 'Require a second factor for administrators and Chairs',
            type: 'radios',
            inline: true,
            defaultValue: required ? 'yes' : 'no',
            options: [
              { value: 'yes', label: 'Yes, require it' },
              { value: 'no', label: 'No' },
            ],
          },
        ]}
        submitLabel="Save"
      />
    </main>
  );
}
