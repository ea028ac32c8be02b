import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { listSessions } from '@/lib/auth/sessions';
import { revokeSessionFormAction, signOutEverywhereFormAction } from '@/lib/account/form-actions';
import { Form } from '@/components/form';
import { formatDateTime } from '@/lib/format';
import { DataTable } from '@/components/data-table';
import { sessionMethodLabel } from '@/lib/auth/session-methods';
import { accountPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Your sessions' };

export default async function SessionsPage() {
  const actor = await requireActor(accountPath('sessions'));
  const sessions = await listSessions(actor.id);
  return (
    <main id="main-content" className="py-8">
      <h1>Your sessions</h1>
      <p className="mb-6 max-w-2xl">
        These are the browsers signed in as you. Sign out any you do not recognise. Sessions end after an hour without use, and after twelve hours in any case.
      </p>
      <DataTable caption="Signed-in sessions" captionClass="sr-only" className="mb-10">
        <thead>
          <tr>
            <th scope="col">Signed in</th>
            <th scope="col">Last used</th>
            <th scope="col">Browser</th>
            <th scope="col">
              <span className="sr-only">Sign out</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                {formatDateTime(s.createdAt)}
                <div className="text-sm text-secondary">{sessionMethodLabel(s.method)}</div>
              </td>
              <td>{formatDateTime(s.lastSeenAt)}</td>
              <td className="text-sm">
                {s.id === actor.sessionId && <strong>This browser. </strong>}
                {s.userAgent ?? 'Unknown'}
                {s.ip && <div className="text-secondary">{s.ip}</div>}
              </td>
              <td>
                {s.id !== actor.sessionId && (
                  <Form
                    action={revokeSessionFormAction}
                    fields={[{ name: 'sessionId', label: '', type: 'hidden', defaultValue: s.id }]}
                    submitLabel="Sign out this session"
                    variant="secondary"
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="mb-10">
        <Link href={accountPath('security')}>Sign-in security: your authenticator app and recovery codes</Link>
      </p>
      <h2>Sign out everywhere</h2>
      <p className="mb-4">Signs out every session, this one included.</p>
      <Form action={signOutEverywhereFormAction} fields={[]} submitLabel="Sign out everywhere" />
    </main>
  );
}
