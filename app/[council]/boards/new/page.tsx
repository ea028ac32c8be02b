import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { listParentOptions } from '@/lib/boards/settings-queries';
import { createBoardFormAction } from '@/lib/boards/form-actions';
import { boardDetailFields, boardRuleFields } from '@/lib/boards/form-specs';
import { ruleSettingNames, ruleSettings, RISK_APPETITE } from '@/lib/boards/schema';
import { typedDay } from '@/lib/forms/fields';
import { londonDay } from '@/lib/rules/london-calendar';
import { Form } from '@/components/form';
import { currentTime } from '@/lib/clock';
import { councilPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Set up a new board' };

// DOMAIN.md's defaults, which most boards keep (Plymouth's terms, 001).
const defaults: Record<string, string> = {
  kind: 'IMPROVEMENT_BOARD',
  isPublic: 'false',
  virtualAttendance: 'true',
  quorumRule: 'NONE',
  riskAppetiteScore: String(RISK_APPETITE.fallback),
  ...Object.fromEntries(ruleSettingNames.map((n) => [n, String(ruleSettings[n].fallback)])),
};

export default async function NewBoardPage({ params }: { params: Promise<{ council: string }> }) {
  const ctx = await resolveCouncilAdmin((await params).council);
  const parents = await listParentOptions(ctx);
  return (
    <main id="main-content" className="max-w-3xl py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Set up a new board</h1>
      <p className="mb-6">
        The rules start at the usual settings from the terms of reference boards use; change any the board’s terms set differently. You can add members and
        reporting lines once the board is set up.
      </p>
      <Form
        action={createBoardFormAction.bind(null, ctx.council.slug)}
        submitLabel="Set up the board"
        fields={[
          ...boardDetailFields(parents, defaults),
          ...boardRuleFields(defaults),
          {
            name: 'actionReferencePrefix',
            label: 'Action reference prefix (optional)',
            hint: 'Actions are numbered like IB-2026-001. Leave blank to use the board’s initials',
            width: 'half',
          },
          {
            name: 'status',
            label: 'Status',
            type: 'select',
            defaultValue: 'PROVISIONAL',
            options: [
              { value: 'PROVISIONAL', label: 'Provisional' },
              { value: 'ESTABLISHED', label: 'Established' },
            ],
          },
          { name: 'effectiveOn', type: 'date', label: 'Date set up', hint: 'For example, 27 3 2026', defaultValue: typedDay(londonDay(currentTime())) },
          {
            name: 'decision',
            label: 'The decision that set the board up',
            type: 'textarea',
            hint: 'Who decided what, and when: for example, “Cabinet agreed on 12 March to set up a provisional Improvement Board”',
          },
        ]}
      />
      <p className="mt-8">
        <Link href={councilPath(ctx.council.slug)}>Back to the boards</Link>
      </p>
    </main>
  );
}
