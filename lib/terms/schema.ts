import { z } from 'zod';
import { enumField, optionalDay, optionalText, requiredDay, requiredText } from '../forms/fields';
import { parseVersionLabel } from './numbering';

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
export const formatField = (position: number) => `format-${position}`;
const sectionField = /^(heading|body)-(\d{1,3})$/;
const formatKey = /^format-(\d{1,3})$/;

export const MAX_LABEL = 60;
export const sectionKinds = [
  'PURPOSE',
  'FUNCTIONS',
  'MEMBERSHIP',
  'FREQUENCY',
  'REPORTING',
  'ADMINISTRATION',
  'QUORUM',
  'REVIEW',
  'DISSOLUTION',
  'OTHER',
] as const;
export const sectionFormats = ['PARAGRAPHS', 'NUMBERED_LIST'] as const;

/** The version as the board writes it, optional: "V0.2 draft", "Version 3". */
export const labelField = optionalText('the version as the board writes it', MAX_LABEL);

/** A version number typed by a person: "2", "0.2". */
const numberField = (what: string, required: boolean) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? '' : String(v).trim()),
    z
      .string()
      .refine((v) => (v === '' ? !required : parseVersionLabel(v) !== null), `Enter ${what} as a number, like 2 or 0.2`)
      .transform((v) => (v === '' ? null : parseVersionLabel(v))),
  );

export const createDraftSchema = z.object({
  // the version the new draft copies, which must still be the latest ('' when the board has none)
  fromVersionId: z
    .union([z.literal(''), z.string().uuid()])
    .optional()
    .transform((v) => v || null),
  // a first draft may start where the board's paper is (St Helens' "V0.2 draft", 000)
  number: numberField('the draft’s number', false),
  label: labelField,
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
    // a list or paragraphs, per section; a form without the field keeps what is stored
    const formats = new Map<number, (typeof sectionFormats)[number]>();
    for (const [key, value] of Object.entries(raw)) {
      const match = formatKey.exec(key);
      if (match && (sectionFormats as readonly unknown[]).includes(value)) formats.set(Number(match[1]), value as (typeof sectionFormats)[number]);
    }
    const label = typeof raw.label === 'string' ? raw.label.trim().slice(0, MAX_LABEL) || null : undefined;
    return { termsId: raw.termsId, version: raw.version, sections, formats, label };
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
  // the approved version as the board writes it ("Version 3"); empty shows the number
  label: labelField,
});

const termsKeys = { termsId, version };

export const addSectionSchema = z.object({
  ...termsKeys,
  heading: requiredText('a heading for the new section', MAX_HEADING),
  kind: enumField(sectionKinds, 'Choose what the section is about'),
  format: enumField(sectionFormats, 'Choose whether the section is paragraphs or a numbered list'),
});

const sectionId = z.string().uuid('Reload the page and try again');
export const removeSectionSchema = z.object({ ...termsKeys, sectionId });
export const moveSectionSchema = z.object({ ...termsKeys, sectionId, direction: z.enum(['up', 'down'], { message: 'Reload the page and try again' }) });

/** The decision of the body that approves the board's terms (full Council, Cabinet). */
export const recordDecisionSchema = z.object({
  termsId,
  version,
  textHash: approveSchema.shape.textHash,
  decidedOn: requiredDay('the date of the decision'),
  reference: requiredText('the decision’s reference, such as the minute number', 120),
  note: optionalText('the note', 1_000),
  label: labelField,
});

/** A past version, typed from the paper: its number and label, its dates, who approved it, its sections. */
export const recordHistorySchema = z
  .looseObject({
    number: numberField('the version’s number', true),
    label: labelField,
    agreedOn: optionalDay('the date the board agreed it'),
    approvedOn: requiredDay('the date it was approved'),
    approvedBy: requiredText('who approved it (the Chair’s name, or the body)', 200),
    reference: optionalText('the reference', 120),
  })
  .superRefine((raw, ctx) => {
    let count = 0;
    for (const [key, value] of Object.entries(raw)) {
      const match = sectionField.exec(key);
      if (!match || typeof value !== 'string') continue;
      if (match[1] === 'heading' && value.trim() !== '') count++;
      if (match[1] === 'heading' && value.length > MAX_HEADING)
        ctx.addIssue({ code: 'custom', path: [key], message: `Headings must be ${MAX_HEADING} characters or fewer` });
      if (match[1] === 'body' && value.length > MAX_BODY)
        ctx.addIssue({ code: 'custom', path: [key], message: `Sections must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer` });
    }
    if (count === 0) ctx.addIssue({ code: 'custom', path: ['heading-1'], message: 'Enter at least one section: its heading and text' });
    if (count > MAX_SECTIONS) ctx.addIssue({ code: 'custom', path: ['heading-1'], message: `A version has at most ${MAX_SECTIONS} sections` });
  })
  .transform((raw) => {
    const byPosition = new Map<number, { heading: string; body: string; format: (typeof sectionFormats)[number] }>();
    for (const [key, value] of Object.entries(raw)) {
      const match = sectionField.exec(key);
      if (!match || typeof value !== 'string') continue;
      const position = Number(match[2]);
      const entry = byPosition.get(position) ?? { heading: '', body: '', format: 'PARAGRAPHS' as const };
      const text = value.replace(/\r\n?/g, '\n');
      if (match[1] === 'heading') entry.heading = text.trim();
      else entry.body = text.replace(/\s+$/, '');
      const format = raw[formatField(position)];
      if (format === 'NUMBERED_LIST') entry.format = 'NUMBERED_LIST';
      byPosition.set(position, entry);
    }
    const sections = [...byPosition.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, s]) => s)
      .filter((s) => s.heading !== '')
      .map((s, i) => ({ ...s, position: i + 1 }));
    return {
      number: raw.number,
      label: raw.label,
      agreedOn: raw.agreedOn,
      approvedOn: raw.approvedOn,
      approvedBy: raw.approvedBy,
      reference: raw.reference,
      sections,
    };
  });

export const compareSchema = z.object({
  from: z.string().max(12).optional(),
  to: z.string().max(12).optional(),
});
