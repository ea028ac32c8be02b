import { z } from 'zod';

const id = (what: string) => z.string().uuid(`Choose ${what} from the list`);
const optionalNote = z
  .string()
  .trim()
  .max(500, 'Keep the note to 500 characters or fewer')
  .optional()
  .transform((v) => v || null);

/** A member's own apologies for one of their seats, saying whether the substitute attends. */
export const sendApologiesSchema = z.object({
  meetingId: id('a meeting'),
  seatId: id('your seat'),
  substituteAttends: z.enum(['yes', 'no'], { message: 'Say whether your substitute will attend in your place' }),
  apologyNote: optionalNote,
});

export const withdrawApologiesSchema = z.object({
  meetingId: id('a meeting'),
  seatId: id('your seat'),
});

/** An administrator recording a member's reply on their behalf (by phone, by email). */
export const recordApologiesSchema = z.object({
  meetingId: id('a meeting'),
  seatId: id('a member'),
  response: z.enum(['APOLOGIES_WITH_SUBSTITUTE', 'APOLOGIES', 'ATTENDING'], { message: "Choose the member's reply" }),
  adminNote: optionalNote,
});

export const recordedStatuses = ['PRESENT', 'VIRTUAL', 'APOLOGIES', 'SUBSTITUTE_ATTENDED', 'ABSENT'] as const;
export type RecordedStatus = (typeof recordedStatuses)[number];
const statusValue = z.enum(['', ...recordedStatuses]);

export const STATUS_FIELD_PREFIX = 'status_';
const statusField = /^status_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Attendance at a meeting, one field per seat (`status_<seatId>`), and the fingerprint
 * of the attendance the form was drawn from, so that a stale form cannot overwrite a
 * later change (an apology, another administrator's record) without showing it first.
 * An empty value leaves that seat as it is.
 */
export const recordAttendanceSchema = z
  .object({
    meetingId: id('a meeting'),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'Reload the page and record attendance again'),
  })
  .catchall(z.unknown())
  .transform((values, ctx) => {
    const statuses = new Map<string, RecordedStatus>();
    for (const [key, value] of Object.entries(values)) {
      const match = statusField.exec(key);
      if (!match) continue;
      const parsed = statusValue.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Choose how this person attended' });
        continue;
      }
      if (parsed.data) statuses.set(match[1]!.toLowerCase(), parsed.data);
    }
    return { meetingId: values.meetingId, fingerprint: values.fingerprint, statuses };
  });

export const quorumDecisionSchema = z.object({
  meetingId: id('a meeting'),
  version: z.coerce.number().int().min(1),
  decision: z
    .string()
    .trim()
    .min(1, "Enter the Chair's decision on whether enough members are present")
    .max(2000, 'Keep the decision to 2,000 characters or fewer'),
});
