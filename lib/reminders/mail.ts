import { appUrl } from '../app-url';
import { SECRET_PLACEHOLDER } from '../mail/outbox';
import { accountPath, reminderUnsubscribePath, reminderOneClickUnsubscribePath } from '../routes';
import { isMandatoryKind, reminderKindLabels, type ReminderKind } from '../rules/reminders';
import { unsubscribeToken, type UnsubscribeKind } from './token';

/**
 * The foot of every reminder: where to choose how reminders come, and for an optional
 * kind its own unsubscribe link (the outbox's secret, also the List-Unsubscribe address).
 */
export function reminderFooter(kind: UnsubscribeKind, councilName: string): string[] {
  const settings = `${appUrl()}${accountPath('notifications')}`;
  const what = kind === 'digest' ? 'the reminders in this weekly digest' : `“${reminderKindLabels[kind].title}” reminders`;
  if (kind !== 'digest' && isMandatoryKind(kind))
    return ['--', `This notice from ${councilName} goes to whoever holds the duty and cannot be turned off.`, `Your other reminders: ${settings}`];
  return [
    '--',
    `You get ${what} from ${councilName} because of your role on its boards. Choose how reminders reach you: ${settings}`,
    `To stop ${what}: ${appUrl()}${reminderUnsubscribePath(SECRET_PLACEHOLDER)}`,
  ];
}

/** The outbox fields that carry the unsubscribe token of an optional kind (none for a mandatory one). */
export function unsubscribeParts(councilId: string, personId: string, kind: UnsubscribeKind): { secret?: string; listUnsubscribe?: string } {
  if (kind !== 'digest' && isMandatoryKind(kind as ReminderKind)) return {};
  return {
    secret: unsubscribeToken({ councilId, personId, kind }),
    listUnsubscribe: `${appUrl()}${reminderOneClickUnsubscribePath(SECRET_PLACEHOLDER)}`,
  };
}
