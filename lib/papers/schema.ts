import { z } from 'zod';
import { labels } from '../labels';

export const markings = ['PUBLIC', 'OFFICIAL', 'OFFICIAL_SENSITIVE'] as const;
export const markingLabels: Record<(typeof markings)[number], string> = labels.protectiveMarking;

const optionalId = (message: string) =>
  z
    .union([z.literal(''), z.string().uuid(message)])
    .optional()
    .transform((v) => v || null);

/**
 * What comes with an upload, in the query string (the body is the file itself, streamed):
 * a new version of an existing paper names the paper; a new paper has a title, a marking
 * and, optionally, the agenda item it belongs to (none: the meeting as a whole).
 */
const isMarking = (v: string): v is (typeof markings)[number] => (markings as readonly string[]).includes(v);

export const uploadSchema = z
  .object({
    paperId: optionalId('Choose a paper from the list'),
    title: z
      .string()
      .trim()
      .max(300, 'The title must be 300 characters or fewer')
      .optional()
      .transform((v) => v || null),
    // checked below with the title, so that both are reported together
    marking: z.string().optional(),
    agendaItemId: optionalId('Choose an agenda item from the list'),
    fileName: z.string().trim().min(1, 'Choose a file to upload').max(1000, 'The file name is too long'),
  })
  .superRefine((v, ctx) => {
    if (v.paperId) return;
    if (!v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: "Enter the paper's title" });
    if (!v.marking || !isMarking(v.marking)) ctx.addIssue({ code: 'custom', path: ['marking'], message: 'Choose a protective marking' });
  })
  .transform((v) => ({ ...v, marking: v.marking && isMarking(v.marking) ? v.marking : null }));
export type UploadInput = z.infer<typeof uploadSchema>;

export const circulateSchema = z.object({ meetingId: z.string().uuid() });

export const acceptLateSchema = z.object({
  /** the version of the late paper the Chair read: consent is to exactly that */
  fileId: z.string().uuid('Choose the late paper you are accepting'),
  reason: z.string().trim().min(1, 'Enter the reason for accepting the late paper').max(2000, 'The reason must be 2,000 characters or fewer'),
});
