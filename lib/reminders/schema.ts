import { z } from 'zod';
import { DELIVERIES, REMINDER_KINDS, type ReminderKind } from '../rules/reminders';

const delivery = z.enum(DELIVERIES, { message: 'Choose how this reminder reaches you' });

/** The Notifications form: one radio group per kind, each named by its kind; a kind left out keeps its choice. */
export const preferencesSchema = z.object(
  Object.fromEntries(REMINDER_KINDS.map((k) => [k, delivery.optional()])) as Record<ReminderKind, z.ZodOptional<typeof delivery>>,
);
export type PreferencesInput = z.infer<typeof preferencesSchema>;
