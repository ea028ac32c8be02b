'use server';

import { z } from 'zod';
import { runFormAction } from '../action/next';
import type { ActionResult } from '../action/result';
import { keepFormOnOutage } from '../action/unavailable';
import { currentTime } from '../clock';
import { accountPath } from '../routes';
import { reminderKindLabels } from '../rules/reminders';
import { setReminderPreferences } from './actions';
import { unsubscribeByToken } from './preferences';

/** The Notifications screen's form for one council. */
export async function setReminderPreferencesFormAction(council: string, _prev: ActionResult | null, formData: FormData) {
  return runFormAction(setReminderPreferences, { council }, formData, [accountPath('notifications')]);
}

/** The button on a reminder's unsubscribe page (no sign-in: the token is the authority). */
export async function unsubscribeReminderFormAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return keepFormOnOutage(null, async () => {
    const token = z.string().safeParse(formData.get('token')).data ?? '';
    const outcome = await unsubscribeByToken(token, currentTime());
    if (!outcome.ok) return { ok: false, code: 'INVALID', message: 'This unsubscribe link is not valid. Check you copied all of it from the email.' };
    const what = outcome.kind === 'digest' ? 'the reminders you had put in your weekly digest' : `“${reminderKindLabels[outcome.kind].title}” reminders`;
    return {
      ok: true,
      data: null,
      message: `Unsubscribed: you will not be sent ${what} from ${outcome.councilName}. Notices that go with a duty you hold still come.`,
    };
  });
}
