import type { Metadata } from 'next';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { councilMailAlert, listCouncilMail } from '@/lib/mail/admin';
import { requeueMailFormAction } from '@/lib/mail/form-actions';
import { Form } from '@/components/form';
import { MailAlertBanner } from '@/components/mail-alert';
import { formatDateTime } from '@/lib/format';
import { label } from '@/lib/labels';

export const metadata: Metadata = { title: 'Mail not yet delivered' };
export const dynamic = 'force-dynamic';

export default async function MailPage({ params }: { params: Promise<{ council: string }> }) {
  const { council } = await params;
  const ctx = await resolveCouncilAdmin(council);
  const [rows, alert] = await Promise.all([listCouncilMail(ctx.council.id), councilMailAlert(ctx.council.id)]);
  const pending = rows.filter((r) => r.status === 'PENDING');
  const failed = rows.filter((r) => r.status === 'FAILED');
  const table = (list: typeof rows, caption: string) => (
    <table className="mb-10">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">To</th>
          <th scope="col">Subject</th>
          <th scope="col">Queued</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last error</th>
          <th scope="col">
            <span className="sr-only">Send again</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((m) => (
          <tr key={m.id}>
            <td>
              {m.toAddress}
              <div className="text-sm text-secondary">{label('mailKind', m.kind)}</div>
            </td>
            <td>{m.subject}</td>
            <td>
              {formatDateTime(m.createdAt)}
              {m.status === 'PENDING' && <div className="text-sm text-secondary">next try {formatDateTime(m.nextAttemptAt)}</div>}
            </td>
            <td>{m.attempts}</td>
            <td className="text-sm">{m.lastError ?? '—'}</td>
            <td>
              <Form
                action={requeueMailFormAction.bind(null, ctx.council.slug)}
                fields={[{ name: 'messageId', label: '', type: 'hidden', defaultValue: m.id }]}
                submitLabel={`Send again to ${m.toAddress}`}
                variant="secondary"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <h1>Mail not yet delivered</h1>
      <p className="mb-6 max-w-3xl">
        Invitations, papers, minutes and sign-in links are queued and emailed within a minute. Anything below has not reached the mail server yet. Sending again
        starts a fresh set of attempts now, and is recorded in the audit trail.
      </p>
      <MailAlertBanner alert={alert} council={ctx.council.slug} onMailPage />
      <h2>Failed ({failed.length})</h2>
      {failed.length > 0 && (
        <p className="mb-4 max-w-3xl">
          The mail server refused these every time it was tried, with longer waits between tries. They are set aside and not tried again unless you send them
          again.
        </p>
      )}
      {failed.length ? table(failed, `Failed mail of ${ctx.council.name}`) : <p className="mb-10">No failed mail.</p>}
      <h2>Waiting to be sent ({pending.length})</h2>
      {pending.length ? table(pending, `Mail waiting to be sent for ${ctx.council.name}`) : <p className="mb-10">Nothing is waiting.</p>}
    </main>
  );
}
