import { z } from 'zod';
import { clock, day, meetingKinds, uuid } from './schema';

const optional = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .optional()
    .transform((v) => v || null);

/** A meeting held before the board came to Tabled, as the board's own record has it. */
export const recordHistoricalMeetingSchema = z
  .object({
    boardId: uuid,
    title: z.string({ message: 'Enter a title' }).trim().min(1, 'Enter a title').max(200, 'The title must be 200 characters or fewer'),
    kind: z.enum(meetingKinds, { message: 'Choose what kind of meeting it was' }),
    date: day('Enter the date the meeting was held, for example 14/3/2025'),
    startTime: clock('Enter the start time on the 24-hour clock, for example 10:00'),
    endTime: clock('Enter the end time on the 24-hour clock, for example 12:00'),
    venue: optional(300, 'The venue'),
    present: optional(4000, 'The list of those present'),
    apologies: optional(4000, 'The list of apologies'),
    absent: optional(4000, 'The list of those absent'),
    minutes: optional(100_000, 'The minutes'),
    decisions: optional(20_000, 'The decisions'),
  })
  .refine((v) => !v.startTime || !v.endTime || v.endTime > v.startTime, { message: 'The end time must be after the start time', path: ['endTime'] });
