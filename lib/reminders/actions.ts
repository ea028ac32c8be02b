import { defineAction } from '../action/define';
import { reminderKindLabels, type ReminderKind } from '../rules/reminders';
import { labels } from '../labels';
import { savePreferences } from './preferences';
import { preferencesSchema } from './schema';

/**
 * A person's own reminder choices in the council of the route (the Notifications screen).
 * Anyone who belongs to the council sets their own, and only their own: the person is the
 * session's, never the form's. A mandatory kind set to anything but "immediately" is refused.
 */
// "In a weekly digest (Monday morning)" inside a sentence: the first letter only, the day keeps its capital
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const setReminderPreferences = defineAction({
  name: 'reminders.set-preferences',
  scope: 'council',
  councilRoles: ['OWNER', 'ADMIN', 'MEMBER'],
  schema: preferencesSchema,
  async run(ctx, input) {
    const changed = await savePreferences(ctx.tx, ctx.council.id, ctx.actor.id, input, ctx.now);
    const words = changed.map(([k, , after]) => `${reminderKindLabels[k as ReminderKind].title}: ${lowerFirst(labels.reminderDelivery[after])}`);
    return {
      data: { changed: changed.length },
      message: changed.length ? `Saved your reminders for ${ctx.council.name}. ${words.join('; ')}.` : 'Nothing changed.',
      audit: changed.length
        ? [
            {
              kind: 'reminder.set-preferences',
              entityType: 'Person',
              entityId: ctx.actor.id,
              before: Object.fromEntries(changed.map(([k, b]) => [k, b])),
              after: Object.fromEntries(changed.map(([k, , a]) => [k, a])),
              summary: words.join('; '),
            },
          ]
        : [],
    };
  },
});
