import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { guardPage } from '@/lib/access/page';
import { listCouncils } from '@/lib/platform/queries';
import { createCouncilFormAction, setCouncilRegionFormAction } from '@/lib/platform/form-actions';
import { Form } from '@/components/form';
import { DataTable } from '@/components/data-table';
import { formatDay } from '@/lib/format';
import { label, labelOptions } from '@/lib/labels';
import { councilPath, platformPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Councils on this deployment' };

/** Platform administrators only (granted with `npm run platform`); anyone else gets "Page not found". */
export default async function PlatformPage() {
  const actor = await requireActor(platformPath());
  const { councils } = await guardPage(() => listCouncils(actor));
  const regions = labelOptions('bankHolidayRegion');
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">Platform administration</span>
      <h1>Councils on this deployment</h1>
      <p className="mb-6 max-w-2xl">
        Each council sees only its own boards and people. A council’s region decides the bank holidays that every working-day deadline skips.
      </p>
      <DataTable caption="Councils" captionClass="sr-only" className="mb-10">
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col">Created</th>
            <th scope="col">Region</th>
          </tr>
        </thead>
        <tbody>
          {councils.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={councilPath(c.slug)}>{c.name}</Link>
                <div className="text-sm text-secondary">/{c.slug}</div>
              </td>
              <td>{formatDay(c.createdAt)}</td>
              <td>
                <Form
                  action={setCouncilRegionFormAction}
                  idPrefix={`region-${c.id}-`}
                  submitLabel={`Change the region of ${c.name}`}
                  variant="secondary"
                  fields={[
                    { name: 'councilId', label: '', type: 'hidden', defaultValue: c.id },
                    { name: 'region', label: `Region of ${c.name}`, type: 'select', options: regions, defaultValue: c.region },
                  ]}
                />
                <span className="sr-only">Now: {label('bankHolidayRegion', c.region)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      <h2>Create a council</h2>
      <div className="max-w-2xl">
        <Form
          action={createCouncilFormAction}
          idPrefix="create-"
          submitLabel="Create the council and invite its administrator"
          fields={[
            { name: 'name', label: 'Council name', hint: 'As the council writes it, like Northbridge City Council' },
            { name: 'slug', label: 'Web address', hint: 'Lowercase letters, numbers and hyphens: the council’s pages are at /web-address', width: 'half' },
            { name: 'region', label: 'Region', type: 'radios', hint: 'Bank holidays differ in Scotland and Northern Ireland', options: regions },
            {
              name: 'adminEmail',
              label: 'Email of the council’s first administrator',
              type: 'email',
              autoComplete: 'off',
              hint: 'They are invited by email to set up the council’s boards and invite everyone else',
            },
          ]}
        />
      </div>
    </main>
  );
}
