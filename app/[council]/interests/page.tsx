import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveCouncil } from '@/lib/councils/queries';
import { interestRegisterPage } from '@/lib/interests/queries';
import {
  addInterestFormAction,
  endInterestFormAction,
  publishInterestRegisterFormAction,
  reviewInterestsFormAction,
  updateInterestFormAction,
} from '@/lib/interests/form-actions';
import { interestCategories } from '@/lib/interests/schema';
import { label, labelOptions } from '@/lib/labels';
import { formatDay, formatLongDate } from '@/lib/format';
import { typedDay } from '@/lib/forms/fields';
import { londonDay } from '@/lib/rules/london-calendar';
import { currentTime } from '@/lib/clock';
import { Form, type FieldSpec } from '@/components/form';
import { Tag } from '@/components/tag';
import { interestsPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Register of interests' };

type Props = { params: Promise<{ council: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

type Entry = { id: string; category: string; description: string; fromOn: Date | null; toOn: Date | null };

const entryFields = (e: Entry | null): FieldSpec[] => [
  {
    name: 'category',
    label: 'Kind of interest',
    type: 'select',
    options: labelOptions('interestCategory', interestCategories),
    defaultValue: e?.category ?? '',
  },
  {
    name: 'description',
    label: 'The interest',
    type: 'textarea',
    rows: 3,
    hint: 'For example, “Trustee of Northbridge Young Carers”',
    defaultValue: e?.description ?? '',
  },
  { name: 'fromOn', label: 'Held from (optional)', type: 'date', hint: 'For example, 1 4 2024', defaultValue: e?.fromOn ? typedDay(londonDay(e.fromOn)) : '' },
  { name: 'toOn', label: 'Held until (optional)', type: 'date', defaultValue: e?.toOn ? typedDay(londonDay(e.toOn)) : '' },
];

const held = (e: Entry) =>
  e.fromOn || e.toOn ? ` (${e.fromOn ? `from ${formatDay(e.fromOn)}` : ''}${e.fromOn && e.toOn ? ' ' : ''}${e.toOn ? `until ${formatDay(e.toOn)}` : ''})` : '';

export default async function InterestsPage({ params, searchParams }: Props) {
  const { council } = await params;
  const ctx = await resolveCouncil(council);
  const person = (await searchParams).person;
  const r = await interestRegisterPage(ctx, typeof person === 'string' ? person : undefined, currentTime());
  const slug = ctx.council.slug;
  const whose = r.own ? 'Your' : `${r.person.name}’s`;
  const personField: FieldSpec = { name: 'personId', label: '', type: 'hidden', defaultValue: r.own ? '' : r.person.id };
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>{whose} register of interests</h1>
      <p className="mb-6 max-w-2xl">
        The interests a member of the council’s boards holds, as the code of conduct asks: employment, sponsorship, contracts, land, shares and memberships. It
        is reviewed every year. A change keeps the earlier entry in the register’s history.
      </p>

      <section aria-labelledby="review" className="mb-10 max-w-2xl">
        <h2 id="review">Yearly review</h2>
        <p className="mb-4">
          {r.review.kind === 'never' && <Tag tone="amber">Review due</Tag>}
          {r.review.kind === 'due' && <Tag tone={r.review.overdue ? 'red' : 'amber'}>Review due</Tag>}
          {r.review.kind === 'current' && <Tag tone="green">Reviewed</Tag>}{' '}
          {r.lastReview
            ? `Last confirmed complete on ${formatLongDate(r.lastReview.reviewedAt)} by ${r.lastReview.reviewedBy.name}.`
            : 'Not yet confirmed complete and up to date.'}
        </p>
        <Form
          action={reviewInterestsFormAction.bind(null, slug)}
          idPrefix="review"
          submitLabel="Confirm the register is complete and up to date"
          variant="secondary"
          fields={[personField]}
        />
      </section>

      <section aria-labelledby="current" className="mb-10 max-w-3xl">
        <h2 id="current">Interests held</h2>
        {r.current.length === 0 && <p>None recorded.</p>}
        {r.current.map((e) => (
          <details key={e.id} className="mb-4 border-l-4 border-border pl-4">
            <summary className="cursor-pointer">
              <strong>{label('interestCategory', e.category)}</strong>: {e.description}
              {held(e)}
            </summary>
            <Form
              action={updateInterestFormAction.bind(null, slug)}
              idPrefix={`edit-${e.id}`}
              submitLabel="Save the change"
              fields={[{ name: 'entryId', label: '', type: 'hidden', defaultValue: e.id }, ...entryFields(e)]}
            />
            <Form
              action={endInterestFormAction.bind(null, slug)}
              idPrefix={`end-${e.id}`}
              submitLabel="No longer held: remove it"
              variant="warning"
              fields={[{ name: 'entryId', label: '', type: 'hidden', defaultValue: e.id }]}
            />
          </details>
        ))}
        <h3>Add an interest</h3>
        <Form action={addInterestFormAction.bind(null, slug)} idPrefix="add" submitLabel="Add the interest" fields={[personField, ...entryFields(null)]} />
      </section>

      {r.history.length > 0 && (
        <section aria-labelledby="history" className="mb-10 max-w-3xl">
          <h2 id="history">History</h2>
          <ul className="space-y-2">
            {r.history.map((e) => (
              <li key={e.id}>
                <strong>{label('interestCategory', e.category)}</strong>: {e.description}
                {held(e)}. Entered on {formatLongDate(e.createdAt)} by {e.createdBy.name}; {e.replacedById ? 'changed' : 'removed'} on{' '}
                {formatLongDate(e.supersededAt!)}.
              </li>
            ))}
          </ul>
        </section>
      )}

      {r.admin && (
        <>
          <section aria-labelledby="people" className="mb-10 max-w-3xl">
            <h2 id="people">Everyone’s registers</h2>
            <ul className="space-y-1">
              {r.people.map((p) => (
                <li key={p.id}>
                  <Link href={interestsPath(slug, { person: p.id })}>{p.name}</Link> ({p._count.interests} {p._count.interests === 1 ? 'interest' : 'interests'}
                  )
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="publish" className="mb-10 max-w-2xl">
            <h2 id="publish">Publication</h2>
            <Form
              action={publishInterestRegisterFormAction.bind(null, slug)}
              idPrefix="publish"
              submitLabel="Save"
              fields={[
                {
                  name: 'publishInterestRegister',
                  label: 'Public boards publish their members’ registers',
                  type: 'radios',
                  hint: 'On the public page of each public board, the current interests of the people who hold its seats',
                  defaultValue: String(r.publish),
                  options: [
                    { value: 'true', label: 'Yes, publish them' },
                    { value: 'false', label: 'No, keep them within the council' },
                  ],
                },
              ]}
            />
          </section>
        </>
      )}
    </main>
  );
}
