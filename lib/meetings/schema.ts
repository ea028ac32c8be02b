import { z } from 'zod';
import type { LondonDay } from '../rules/london-calendar';
import { asDayInput, parseDateInput, type DayParts } from '../forms/date';
import { MAX_MONTH_DAY, WEEKDAYS } from '../rules/meeting-series';

export const meetingKinds = ['ORDINARY', 'DEEP_DIVE', 'STAKEHOLDER_EVENT'] as const;

/**
 * A day as people type it: "3/11/2026", "3 November 2026" or "2026-11-03", or a date
 * input's three boxes, read by the one reader (lib/forms/date.ts). An impossible day
 * (30 February) is refused, never rolled over.
 */
export function readDay(input: string | DayParts): LondonDay | null {
  const read = parseDateInput(input, 'the date', { required: true });
  return read.ok ? read.day : null;
}

/** "10:00", "9:30", "14.15" on the 24-hour clock, as "HH:MM". */
export function readClockTime(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export const day = (message: string) =>
  z
    .any()
    .optional()
    .transform((v, ctx) => {
      const read = readDay(asDayInput(v));
      if (!read) ctx.addIssue({ code: 'custom', message });
      return read ?? '';
    });

export const clock = (message: string) =>
  z.string({ message }).transform((v, ctx) => {
    const read = readClockTime(v);
    if (!read) ctx.addIssue({ code: 'custom', message });
    return read ?? '';
  });

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);

export const uuid = z.string().uuid('Page not found');

const title = z.string({ message: 'Enter a title' }).trim().min(1, 'Enter a title').max(200, 'The title must be 200 characters or fewer');
const kind = z.enum(meetingKinds, { message: 'Choose what kind of meeting it is' });
// undefined: the field was not in the form, so the board's default venue applies;
// blank: the administrator cleared it (the venue is to be confirmed).
const venue = z
  .string()
  .trim()
  .max(300, 'The venue must be 300 characters or fewer')
  .optional()
  .transform((v) => (v === undefined ? undefined : v || null));
const virtualLink = z
  .string()
  .trim()
  .max(500, 'The link must be 500 characters or fewer')
  .optional()
  .refine((v) => !v || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), 'Enter the virtual meeting link as a web address starting https://')
  .transform((v) => v || null);

const meetingDetails = z.object({
  title,
  kind,
  theme: optionalText(200, 'The theme must be 200 characters or fewer'),
  venue,
  virtualLink,
});

const themeForDeepDive = <T extends { kind: string; theme: string | null }>(v: T) => v.kind !== 'DEEP_DIVE' || Boolean(v.theme);
const themeIssue = { message: 'Enter the theme of the deep dive', path: ['theme'] };
const endAfterStart = <T extends { startTime: string; endTime: string }>(v: T) => !v.startTime || !v.endTime || v.endTime > v.startTime;
const endIssue = { message: 'The end time must be after the start time', path: ['endTime'] };

const times = {
  startTime: clock('Enter the start time on the 24-hour clock, for example 10:00'),
  endTime: clock('Enter the end time on the 24-hour clock, for example 12:00'),
};

/** The board the form was rendered for: a create carries it so a post to another board's route is refused. */
const boardId = z.object({ boardId: uuid });

/** "yes" once the administrator has seen which deadlines have passed and goes ahead (lib/rules/short-notice.ts). */
const acceptShortNotice = z.literal('yes').optional().catch(undefined);

export const scheduleMeetingSchema = meetingDetails
  .extend({ ...boardId.shape, date: day('Enter the date of the meeting, for example 3/11/2026'), ...times, acceptShortNotice })
  .refine(themeForDeepDive, themeIssue)
  .refine(endAfterStart, endIssue);

// A select left on its "not needed" option posts an empty string.
const blankAsMissing = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

export const MONTH_NUMBERS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

export const repeatOptions = ['MONTHLY_WEEKDAY', 'MONTHLY_DAY', 'WEEKLY', 'FORTNIGHTLY', 'FOUR_WEEKLY'] as const;
export const SERIES_MAX_MONTHS = 24;

export const scheduleSeriesSchema = meetingDetails
  .extend({
    ...boardId.shape,
    repeats: z.enum(repeatOptions, { message: 'Choose how often the meeting repeats' }),
    week: blankAsMissing(z.enum(['1', '2', '3', '4', '-1'], { message: 'Choose the week of the month' }).optional()),
    weekday: blankAsMissing(z.enum(WEEKDAYS, { message: 'Choose the day of the week' }).optional()),
    monthDay: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_MONTH_DAY), `Enter a day of the month from 1 to ${MAX_MONTH_DAY}`)
      .transform((v) => (v ? Number(v) : undefined)),
    every: z
      .preprocess((v) => (v === undefined || v === null || v === '' ? '1' : String(v)), z.string().trim())
      .refine((v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 12, 'Enter how often as a whole number from 1 to 12, like 2 for every two months')
      .transform(Number),
    inMonths: z
      .preprocess(
        (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.enum(MONTH_NUMBERS, { message: 'Choose months from the list' })),
      )
      .transform((months) => [...new Set(months.map(Number))].sort((a, b) => a - b)),
    startsOn: day('Enter the first day the series may start, for example 1/11/2026'),
    months: z
      .string()
      .trim()
      .refine((v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= SERIES_MAX_MONTHS, `Enter a number of months from 1 to ${SERIES_MAX_MONTHS}`)
      .transform(Number),
    ...times,
  })
  .refine(themeForDeepDive, themeIssue)
  .refine(endAfterStart, endIssue)
  .refine((v) => v.repeats === 'MONTHLY_DAY' || Boolean(v.weekday), { message: 'Choose the day of the week', path: ['weekday'] })
  .refine((v) => v.repeats !== 'MONTHLY_WEEKDAY' || Boolean(v.week), { message: 'Choose the week of the month', path: ['week'] })
  .refine((v) => v.inMonths.length === 0 || v.repeats.startsWith('MONTHLY'), {
    message: 'Chosen months are for a monthly pattern: choose monthly on a weekday or on a day of the month',
    path: ['inMonths'],
  })
  .refine((v) => v.inMonths.length === 0 || v.every === 1, {
    message: 'A meeting in chosen months repeats every year: leave “every” at 1, or untick the months',
    path: ['every'],
  })
  .refine((v) => v.every === 1 || !['FORTNIGHTLY', 'FOUR_WEEKLY'].includes(v.repeats), {
    message: 'Leave “every” at 1 for fortnightly or four-weekly meetings, or choose weekly and the number of weeks',
    path: ['every'],
  })
  .refine((v) => v.repeats !== 'MONTHLY_DAY' || v.monthDay !== undefined, {
    message: `Enter a day of the month from 1 to ${MAX_MONTH_DAY}`,
    path: ['monthDay'],
  });

const version = z.coerce.number({ message: 'Reload the page and try again' }).int().min(1);

export const updateMeetingSchema = meetingDetails.extend({ meetingId: uuid, version }).refine(themeForDeepDive, themeIssue);

// Cancelling and rescheduling carry no version: what matters is that the meeting is still
// scheduled, which the action checks atomically, not whether its venue changed meanwhile.
export const cancelMeetingSchema = z.object({
  meetingId: uuid,
  reason: z
    .string({ message: 'Enter why the meeting is cancelled' })
    .trim()
    .min(1, 'Enter why the meeting is cancelled')
    .max(1000, 'The reason must be 1000 characters or fewer'),
});

export const rescheduleMeetingSchema = z
  .object({
    meetingId: uuid,
    newDate: day('Enter the new date, for example 10/11/2026'),
    newStartTime: clock('Enter the new start time on the 24-hour clock, for example 10:00'),
    newEndTime: clock('Enter the new end time on the 24-hour clock, for example 12:00'),
    rescheduleReason: optionalText(1000, 'The reason must be 1000 characters or fewer'),
    acceptShortNotice,
  })
  .refine((v) => !v.newStartTime || !v.newEndTime || v.newEndTime > v.newStartTime, {
    message: 'The end time must be after the start time',
    path: ['newEndTime'],
  });

export const recordScheduleReviewSchema = boardId;
