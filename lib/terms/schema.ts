import { z } from 'zod';

export const MAX_SECTIONS = 40;
export const MAX_HEADING = 200;
export const MAX_BODY = 20_000;

const termsId = z.string().uuid('Reload the page and try again');
// The version of the draft the form was rendered from: a save names it so that a clash
// with someone else's save is detected rather than silently overwriting their words.
const version = z.coerce.number().int().min(1, 'Reload the page and try again');

/** Form field names for a section's heading and text, by its position. */
export const headingField = (position: number) => `heading-${position}`;
export const bodyField = (position: number) => `body-${position}`;
const sectionField = /^(heading|body)-(\d{1,3})$/;

export const createDraftSchema = z.object({
  // the version the new draft copies, which must still be the latest ('' when the board has none)
  fromVersionId: z
    .union([z.literal(''), z.string().uuid()])
    .optional()
    .transform((v) => v || null),
});

export type SectionEdit = { position: number; heading: string; body: string };

/**
 * All of a draft's sections in one form (heading-1, body-1, heading-2, …), so one save is
 * one version of the whole text and a clash shows the other person's whole text.
 * Line endings are normalised: browsers post CRLF, and the approved hash must not depend
 * on which browser typed the text.
 */
export const editSectionsSchema = z
  .looseObject({ termsId, version })
  .superRefine((raw, ctx) => {
    for (const [key, value] of Object.entries(raw)) {
      const match = sectionField.exec(key);
      if (!match) continue;
      const text = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
      const position = Number(match[2]);
      if (typeof value !== 'string') ctx.addIssue({ code: 'custom', path: [key], message: `Enter the text of section ${position}` });
      else if (match[1] === 'heading' && text.trim() === '') ctx.addIssue({ code: 'custom', path: [key], message: `Enter a heading for section ${position}` });
      else if (match[1] === 'heading' && text.length > MAX_HEADING)
        ctx.addIssue({ code: 'custom', path: [key], message: `The heading of section ${position} must be ${MAX_HEADING} characters or fewer` });
      else if (match[1] === 'body' && text.length > MAX_BODY)
        ctx.addIssue({ code: 'custom', path: [key], message: `Section ${position} must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer` });
    }
  })
  .transform((raw) => {
    const sections = new Map<number, { heading?: string; body?: string }>();
    for (const [key, value] of Object.entries(raw)) {
      const match = sectionField.exec(key);
      if (!match || typeof value !== 'string') continue;
      const position = Number(match[2]);
      const entry = sections.get(position) ?? {};
      const text = value.replace(/\r\n?/g, '\n');
      if (match[1] === 'heading') entry.heading = text.trim();
      else entry.body = text.replace(/\s+$/, '');
      sections.set(position, entry);
    }
    return { termsId: raw.termsId, version: raw.version, sections };
  });

export const agreeSchema = z.object({
  termsId,
  version,
  meetingId: z.string().uuid('Choose the meeting at which the board agreed this draft'),
});

export const approveSchema = z.object({
  termsId,
  version,
  // the fingerprint of the text the Chair was shown: approval is of exactly those words
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'Reload the page and try again'),
});

export const compareSchema = z.object({
  from: z.string().max(12).optional(),
  to: z.string().max(12).optional(),
});
