import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getTermsVersion, listAgreeableMeetings } from '@/lib/terms/queries';
import { approvedNumber, parseVersionLabel, versionLabel } from '@/lib/terms/numbering';
import { bodyField, formatField, headingField } from '@/lib/terms/schema';
import { approvedLine } from '@/lib/terms/pdf';
import { labelOptions } from '@/lib/labels';
import { DraftShape } from '../_components/draft-shape';
import { DecisionForm } from '../_components/decision-form';
import { agreeTermsDraftFormAction, approveTermsDraftFormAction, saveTermsDraftFormAction } from '@/lib/terms/form-actions';
import { formatDayLong, formatLongDate } from '@/lib/format';
import { Form, type FieldSpec } from '@/components/form';
import { TermsStatusTag } from '../_components/terms-status-tag';
import { SectionsView } from '../_components/sections-view';
import { Banner } from '@/components/banner';
import { termsDoneMessages } from '@/lib/terms/done-messages';
import { ReviewLine } from '../_components/review-line';
import { boardSectionPath, meetingPath, termsComparePath, termsVersionFilePath, termsVersionPath } from '@/lib/routes';

type Props = {
  params: Promise<{ council: string; board: string; version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseVersionLabel((await params).version);
  return { title: number ? `Terms of reference, version ${versionLabel(number)}` : 'Page not found' };
}

export default async function TermsVersionPage({ params, searchParams }: Props) {
  const { council, board, version } = await params;
  const ctx = await resolveBoard(council, board);
  const v = await getTermsVersion(ctx, version);
  const base = boardSectionPath(ctx.council.slug, ctx.board.slug, 'terms');
  const route = [ctx.council.slug, ctx.board.slug] as const;
  const drafting = v.status === 'DRAFT' && v.isLatest && can(ctx.roles, 'terms', 'update');
  const byBody = v.route.termsApprovalRoute === 'NAMED_BODY' ? v.route.termsApprovalBody : null;
  const approving = !byBody && v.status === 'AGREED' && v.isLatest && can(ctx.roles, 'terms', 'approve');
  const recordingDecision = !!byBody && (v.status === 'DRAFT' || v.status === 'AGREED') && v.isLatest && can(ctx.roles, 'terms', 'update');
  const meetings = drafting ? await listAgreeableMeetings(ctx) : [];
  const keys: FieldSpec[] = [
    { name: 'termsId', label: '', type: 'hidden', defaultValue: v.id },
    { name: 'version', label: '', type: 'hidden', defaultValue: String(v.version) },
  ];
  return (
    <main id="main-content">
      <Banner done={(await searchParams).done} messages={termsDoneMessages} />
      <h1>Terms of reference: {v.named}</h1>
      {v.historical && (
        <p className="mb-6 max-w-3xl border-l-8 border-border bg-panel p-4">
          <strong>Historical record.</strong> Recorded from the board’s own paper, not drafted or approved in Tabled. It is kept as written.
        </p>
      )}
      <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-bold">Status</dt>
        <dd>
          <TermsStatusTag status={v.status} historical={v.historical} />
          {!v.isLatest && (v.status === 'DRAFT' || v.status === 'AGREED') && <span className="ml-2">Replaced by a later version; kept as a record.</span>}
        </dd>
        <dt className="font-bold">Based on</dt>
        <dd>{v.previousLabel ? <Link href={termsVersionPath(...route, v.previousLabel)}>{v.previousShown}</Link> : 'The first version'}</dd>
        <dt className="font-bold">Agreed by the board</dt>
        <dd>
          {v.agreedAtMeeting ? (
            <Link href={meetingPath(...route, v.agreedAtMeeting.id)}>{`${v.agreedAtMeeting.title}, ${formatLongDate(v.agreedAtMeeting.startsAt)}`}</Link>
          ) : v.agreedOn ? (
            formatDayLong(v.agreedOn)
          ) : (
            'Not recorded'
          )}
        </dd>
        <dt className="font-bold">Approved</dt>
        <dd>
          {v.approvedAt ? approvedLine({ ...v, approvedBy: v.approvedBy?.name ?? null }) : byBody ? `Not yet approved by ${byBody}` : 'Not yet approved'}
          {v.approvalNote && <span className="block">{v.approvalNote}</span>}
        </dd>
        {v.review && (
          <>
            <dt className="font-bold">Review</dt>
            <dd>
              <ReviewLine review={v.review} months={v.reviewMonths} />
            </dd>
          </>
        )}
        {v.approvedHash && (
          <>
            <dt className="font-bold">Fingerprint of the approved text</dt>
            <dd>
              <code className="text-sm break-all">{v.approvedHash}</code>
              <span className="block text-sm text-secondary">SHA-256 of the headings and text as approved</span>
            </dd>
          </>
        )}
      </dl>
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={termsVersionFilePath(...route, v.label, 'print')}>Print view</Link>
        </li>
        <li>
          <a href={termsVersionFilePath(...route, v.label, 'pdf')}>Download as PDF</a>
        </li>
        {v.previousLabel && (
          <li>
            <Link href={termsComparePath(...route, { from: v.previousLabel, to: v.label })}>Compare with {v.previousShown}</Link>
          </li>
        )}
        <li>
          <Link href={base}>All versions</Link>
        </li>
      </ul>

      {drafting ? (
        <>
          <section aria-labelledby="edit-draft" className="mb-12 max-w-3xl">
            <h2 id="edit-draft">Edit the draft</h2>
            <p className="mb-4">
              Separate paragraphs with a blank line. If someone else saves while you are editing, you will see both versions and lose neither.
            </p>
            <Form
              // a new shape (a section added, removed or moved) is a new form: fields are named by position
              key={v.sections.map((s) => s.id).join()}
              action={saveTermsDraftFormAction.bind(null, ...route, v.label)}
              submitLabel="Save draft"
              fields={[
                ...keys,
                {
                  name: 'label',
                  label: 'This version as the board writes it (optional)',
                  hint: 'For example, “V0.2 draft”. Leave empty to show the number.',
                  defaultValue: v.ownLabel ?? '',
                },
                ...v.sections.flatMap((s): FieldSpec[] => [
                  { name: headingField(s.position), label: `Section ${s.position} heading`, defaultValue: s.heading },
                  {
                    name: formatField(s.position),
                    label: `Section ${s.position} reads as`,
                    type: 'radios',
                    inline: true,
                    options: labelOptions('termsSectionFormat'),
                    defaultValue: s.format,
                  },
                  {
                    name: bodyField(s.position),
                    label: `Section ${s.position} text (${s.heading})`,
                    hint: s.format === 'NUMBERED_LIST' ? 'One item a line: the list numbers itself.' : undefined,
                    type: 'textarea',
                    defaultValue: s.body,
                  },
                ]),
              ]}
            />
          </section>
          <DraftShape route={route} label={v.label} termsId={v.id} version={v.version} sections={v.sections} />
          <section aria-labelledby="record-agreement" className="mb-12 max-w-3xl">
            <h2 id="record-agreement">Record the board’s agreement</h2>
            <p className="mb-4">
              Once the board has agreed this draft at a meeting, record it here. Save any changes first: the text as saved is what the board agreed, and it
              cannot be changed afterwards. {byBody ? `${byBody} then approves it, and its decision is recorded below.` : 'The Chair then approves it.'}
            </p>
            {meetings.length === 0 ? (
              <p>No meeting of this board has taken place yet.</p>
            ) : (
              <Form
                action={agreeTermsDraftFormAction.bind(null, ...route)}
                submitLabel="Record agreement"
                variant="secondary"
                fields={[
                  ...keys,
                  {
                    name: 'meetingId',
                    label: 'Meeting at which the board agreed this draft',
                    type: 'select',
                    options: [
                      { value: '', label: 'Choose a meeting' },
                      ...meetings.map((m) => ({ value: m.id, label: `${m.title}, ${formatLongDate(m.startsAt)}` })),
                    ],
                  },
                ]}
              />
            )}
          </section>
        </>
      ) : (
        <SectionsView sections={v.sections} />
      )}

      {recordingDecision && byBody && <DecisionForm route={route} body={byBody} shown={v.shown} keys={keys} textHash={v.textHash} number={v} />}
      {approving && (
        <section aria-labelledby="approve" className="mb-12 max-w-3xl border-l-8 border-success bg-panel p-4">
          <h2 id="approve">Approve as the Chair</h2>
          <p className="mb-4">
            You are approving the text above exactly as shown. It becomes version {versionLabel(approvedNumber(v))} of the terms of reference, replaces the
            version in force, and cannot be changed afterwards.
          </p>
          <Form
            action={approveTermsDraftFormAction.bind(null, ...route)}
            submitLabel={`Approve version ${v.label}`}
            confirm={{
              question: `Approve version ${v.label} of the terms of reference?`,
              confirmLabel: `Yes, approve version ${v.label}`,
              body: `It becomes version ${versionLabel(approvedNumber(v))}, replaces the version in force and cannot be changed afterwards.`,
            }}
            fields={[
              ...keys,
              { name: 'textHash', label: '', type: 'hidden', defaultValue: v.textHash },
              {
                name: 'label',
                label: 'The approved version as the board writes it (optional)',
                hint: `For example, “Version ${versionLabel(approvedNumber(v))}”. Leave empty to show the number.`,
              },
            ]}
          />
        </section>
      )}
      {v.status === 'AGREED' && v.isLatest && !approving && !byBody && <p className="mb-8 font-bold">Agreed by the board: waiting for the Chair’s approval.</p>}
    </main>
  );
}
