import Link from 'next/link';
import type { MailAlert } from '@/lib/mail/admin';
import { formatDateTime } from '@/lib/format';
import { councilAdminPath } from '@/lib/routes';

/** For administrators: mail that failed, or is still undelivered after the alert window. */
export function MailAlertBanner({ alert, council, onMailPage = false }: { alert: MailAlert; council: string; onMailPage?: boolean }) {
  if (!alert) return null;
  const parts = [
    alert.failed ? `${alert.failed} message${alert.failed === 1 ? '' : 's'} failed` : null,
    alert.overdue ? `${alert.overdue} still not delivered after the alert window` : null,
  ].filter(Boolean);
  return (
    <div role="alert" className="mb-6 border-l-8 border-error bg-panel p-4">
      <p className="font-bold">Mail is not getting through: {parts.join(', ')}.</p>
      {alert.oldest && <p>The oldest was queued {formatDateTime(alert.oldest)}.</p>}
      {!onMailPage && (
        <p>
          <Link href={councilAdminPath(council, 'mail')}>See the mail not yet delivered</Link>
        </p>
      )}
    </div>
  );
}
