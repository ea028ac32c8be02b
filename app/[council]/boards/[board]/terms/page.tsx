import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { listTermsVersions } from '@/lib/terms/queries';
import { createTermsDraftFormAction } from '@/lib/terms/form-actions';
import { formatDateTime, formatDayLong, formatLongDate } from '@/lib/format';
import { Form } from '@/components/form';
import { TermsStatusTag } from './_components/terms-status-tag';
import { CompareForm } from './_components/compare-form';
import { ReviewLine } from './_components/review-line';
import { DataTable } from '@/components/data-table';
import { attendanceRecordPath, termsComparePath, termsVersionFilePath, termsVersionPath } from '@/lib/routes';
import { getAttendanceRecord, readAttendancePeriod } from '@/lib/attendance/record';
import { currentTime } from '@/lib/clock';
import { ReviewAttendance } from './_components/review-attendance';
import { HistoryForm } from './_components/history-form';
import { approvedLine } from '@/lib/terms/pdf';

type Props = { params: Promise<{ council: string; board: string }> };

export const metadata: Metadata = { title: 'Terms of reference' };

export default async function TermsPage({ params }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const { versions, latest, current, review, reviewMonths, route } = await listTermsVersions(ctx);
  const byBody = route.termsApprovalRoute === 'NAMED_BODY' ? route.termsApprovalBody : null;
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const now = currentTime();
  // a review asks how the board has been attended: the last twelve months, for those who may read it
  const attendance = current && can(ctx.roles, 'attendance', 'read') ? await getAttendanceRecord(ctx, readAttendancePeriod({}, now).period, now) : null;
  // by default, compare the latest version with the one in force (or the one before it)
  const compareFrom = current && current.id !== latest?.id ? current : (versions.find((v) => v.status === 'SUPERSEDED') ?? versions[1]);
  return (
    <main id="main-content">
      <h1>Terms of reference</h1>

      {current ? (
        <section aria-labelledby="current-terms" className="mb-8 max-w-3xl border-l-8 border-brand bg-panel p-4">
          <h2 id="current-terms" className="text-xl">
            Current terms: {current.named}
            {current.historical && ' (historical record)'}
          </h2>
          <p className="mb-2">
            {approvedLine({ ...current, approvedBy: current.approvedBy?.name ?? null })}
            {current.agreedAtMeeting && ` The board agreed them at ${current.agreedAtMeeting.title} on ${formatLongDate(current.agreedAtMeeting.startsAt)}.`}
          </p>
          {review && <ReviewLine review={review} months={reviewMonths} />}
          <p>
            <Link href={termsVersionPath(...at, current.label)}>Read {current.shown}</Link>
          </p>
        </section>
      ) : (
        <p className="mb-8">This board has no approved terms of reference yet.</p>
      )}

      {attendance && <ReviewAttendance record={attendance} href={attendanceRecordPath(...at)} />}

      {can(ctx.roles, 'terms', 'create') && (
        <section aria-labelledby="drafting" className="mb-10 max-w-3xl">
          <h2 id="drafting">Propose changes</h2>
          {latest?.status === 'DRAFT' ? (
            <p>
              {latest.shown} is being drafted.{' '}
              <Link href={termsVersionPath(...at, latest.label)}>Continue editing {latest.ownLabel ?? `draft ${latest.named}`}</Link>
            </p>
          ) : (
            <>
              <p className="mb-4">
                {latest
                  ? `A new draft starts as a copy of ${latest.shown}. ${byBody ? `The board agrees it, then ${byBody} approves it and an administrator records the decision.` : 'The board agrees it at a meeting, then the Chair approves it.'}`
                  : 'The first draft starts with the standard sections: purpose, roles and responsibilities, membership, frequency, reporting, administration, quorum, review and dissolution.'}
              </p>
              <Form
                action={createTermsDraftFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
                fields={[
                  { name: 'fromVersionId', label: '', type: 'hidden', defaultValue: latest?.id ?? '' },
                  ...(latest
                    ? []
                    : [
                        {
                          name: 'number',
                          label: 'Draft number (optional)',
                          hint: 'Where the board’s paper is, for example 0.2. Leave empty for 0.1.',
                          width: 'half' as const,
                        },
                      ]),
                  { name: 'label', label: 'The draft as the board writes it (optional)', hint: 'For example, “V0.2 draft”. Leave empty to show the number.' },
                ]}
                submitLabel="Start a new draft"
              />
            </>
          )}
        </section>
      )}

      {can(ctx.roles, 'terms', 'create') && <HistoryForm route={at} />}

      <h2>All versions</h2>
      {versions.length === 0 ? (
        <p className="mb-8">No versions yet.</p>
      ) : (
        <DataTable caption="Versions of the terms of reference, newest first" captionClass="sr-only" className="mb-10">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Agreed by the board</th>
              <th scope="col">Approved</th>
              <th scope="col">Print and download</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => {
              const older = versions[i + 1];
              return (
                <tr key={v.id}>
                  <th scope="row" className="font-normal">
                    <Link href={termsVersionPath(...at, v.label)} className="font-bold">
                      {v.shown}
                    </Link>
                    {older && (
                      <div className="text-sm">
                        <Link href={termsComparePath(...at, { from: older.label, to: v.label })}>Compare with {older.shown}</Link>
                      </div>
                    )}
                  </th>
                  <td>
                    <TermsStatusTag status={v.status} historical={v.historical} />
                    {v.status === 'DRAFT' && <div className="mt-1 text-sm text-secondary">Last saved {formatDateTime(v.updatedAt)}</div>}
                  </td>
                  <td>
                    {v.agreedAtMeeting
                      ? `${v.agreedAtMeeting.title}, ${formatLongDate(v.agreedAtMeeting.startsAt)}`
                      : v.agreedOn
                        ? formatDayLong(v.agreedOn)
                        : 'Not recorded'}
                  </td>
                  <td>
                    {v.approvedAt
                      ? `${v.approvedByBody ?? v.approvedBy?.name ?? 'Name not recorded'}, ${formatLongDate(v.approvedAt)}${v.approvalReference ? ` (${v.approvalReference})` : ''}`
                      : 'Not yet approved'}
                  </td>
                  <td>
                    <ul>
                      <li>
                        <Link href={termsVersionFilePath(...at, v.label, 'print')}>
                          Print view<span className="sr-only"> of {v.shown}</span>
                        </Link>
                      </li>
                      <li>
                        <a href={termsVersionFilePath(...at, v.label, 'pdf')}>
                          PDF<span className="sr-only"> of {v.shown}</span>
                        </a>
                      </li>
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}

      {versions.length >= 2 && (
        <>
          <h2>Compare two versions</h2>
          <CompareForm action={termsComparePath(...at)} versions={versions} from={compareFrom?.label} to={latest?.label} />
        </>
      )}
    </main>
  );
}
