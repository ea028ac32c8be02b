import type { Metadata } from 'next';
import Link from 'next/link';
import { resolveBoard } from '@/lib/boards/context';
import { can } from '@/lib/auth/permissions';
import { getMembership, getSeatFormOptions } from '@/lib/seats/queries';
import { agreeSeatChangeFormAction } from '@/lib/seats/form-actions';
import { roleLabel } from '@/lib/seats/labels';
import { formatDateTime, formatDay } from '@/lib/format';
import { Form } from '@/components/form';
import { Tag } from '@/components/tag';
import { SeatTable } from './seat-table';
import { DataTable } from '@/components/data-table';
import { attendanceRecordPath, newSeatPath } from '@/lib/routes';

type Props = { params: Promise<{ council: string; board: string }>; searchParams: Promise<{ added?: string }> };

export const metadata: Metadata = { title: 'Membership' };

export default async function MembershipPage({ params, searchParams }: Props) {
  const { council, board } = await params;
  const ctx = await resolveBoard(council, board);
  const admin = ctx.roles.includes('ADMINISTRATOR');
  const m = await getMembership(ctx);
  const at = [ctx.council.slug, ctx.board.slug] as const;
  const addedId = (await searchParams).added;
  const added = addedId ? [...m.members, ...m.attendees].find((s) => s.id === addedId) : undefined;
  const missing = m.members.filter((s) => s.flags.includes('no-substitute'));
  const unagreed = m.history.filter((c) => !c.agreedAt);
  const options = admin && unagreed.length ? await getSeatFormOptions(ctx) : null;
  return (
    <main id="main-content">
      <h1>Membership</h1>
      {added && (
        <div role="status" className="mb-6 border-l-8 border-success bg-[#cce5d8] p-4">
          <p className="font-bold">
            Added {added.person?.name ?? 'a seat to be appointed'} as {roleLabel(added.role).toLowerCase()}.
          </p>
          {added.flags.includes('no-substitute') && <p>No substitute is nominated yet: each member nominates one named substitute.</p>}
        </div>
      )}
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        {admin && (
          <li>
            <Link href={newSeatPath(...at)} className="font-bold">
              Add a seat
            </Link>
          </li>
        )}
        {can(ctx.roles, 'attendance', 'read') && (
          <li>
            <Link href={attendanceRecordPath(...at)}>Attendance record</Link>
          </li>
        )}
      </ul>
      {m.substitutesPerMember > 0 && (
        <p className="mb-6">
          Each member nominates one named substitute, who is not a member of this board.
          {missing.length > 0 && (
            <>
              {' '}
              <strong>
                {missing.length} {missing.length === 1 ? 'member has' : 'members have'} no substitute nominated.
              </strong>
            </>
          )}
        </p>
      )}

      {m.members.length === 0 ? (
        <p className="mb-10">No board members are recorded yet.</p>
      ) : (
        <SeatTable caption="Board members" rows={m.members} editIn={admin ? at : null} />
      )}
      {m.attendees.length === 0 ? (
        <p className="mb-10">No attendees are recorded.</p>
      ) : (
        <SeatTable caption="Attendees" rows={m.attendees} editIn={admin ? at : null} />
      )}

      {m.former.length > 0 && (
        <DataTable caption="Former members and attendees" captionClass="mb-2 text-left text-xl font-bold" className="mb-10">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Agency and position</th>
              <th scope="col">Ended</th>
            </tr>
          </thead>
          <tbody>
            {m.former.map((s) => (
              <tr key={s.id}>
                <td>{s.person?.name ?? 'To be appointed'}</td>
                <td>{roleLabel(s.role)}</td>
                <td>
                  {s.position}
                  <div className="text-sm text-secondary">{s.agency}</div>
                </td>
                <td>{s.endsOn ? formatDay(s.endsOn) : ''}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <h2>Changes to the membership</h2>
      <p className="mb-4">Changes to membership are agreed by the board. Each change shows the meeting that agreed it.</p>
      {m.history.length === 0 ? (
        <p className="mb-10">No changes are recorded yet.</p>
      ) : (
        <DataTable caption="Changes to the membership, newest first" captionClass="sr-only" className="mb-10">
          <thead>
            <tr>
              <th scope="col">Recorded</th>
              <th scope="col">Change</th>
              <th scope="col">Agreed by the board</th>
            </tr>
          </thead>
          <tbody>
            {m.history.map((c) => (
              <tr key={c.id}>
                <td className="text-sm">
                  {formatDateTime(c.createdAt)}
                  {c.recordedBy && <div className="text-secondary">by {c.recordedBy}</div>}
                </td>
                <td>{c.summary}</td>
                <td>{c.agreedAt ? `${c.agreedAt.title}, ${formatDay(c.agreedAt.startsAt)}` : <Tag tone="amber">Not yet agreed</Tag>}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      {options && (
        <section aria-labelledby="agree-heading" className="mb-10 max-w-2xl">
          <h2 id="agree-heading">Record the board’s agreement to a change</h2>
          {options.meetings.length === 0 ? (
            <p>This board has held no meetings yet: record the agreement after the meeting that agrees the change.</p>
          ) : (
            <Form
              action={agreeSeatChangeFormAction.bind(null, ctx.council.slug, ctx.board.slug)}
              submitLabel="Mark as agreed"
              fields={[
                {
                  name: 'changeId',
                  label: 'Change',
                  type: 'select',
                  options: unagreed.map((c) => ({ value: c.id, label: `${formatDay(c.createdAt)}: ${c.summary}`.slice(0, 140) })),
                },
                {
                  name: 'meetingId',
                  label: 'Agreed at the meeting',
                  type: 'select',
                  options: [
                    { value: '', label: 'Choose a meeting' },
                    ...options.meetings.map((mt) => ({ value: mt.id, label: `${mt.title}, ${formatDay(mt.startsAt)}` })),
                  ],
                },
              ]}
            />
          )}
        </section>
      )}
    </main>
  );
}
