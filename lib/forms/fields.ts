import { z } from 'zod';
import type { LondonDay } from '../rules/london-calendar';
import { asDayInput, parseDateInput } from './date';

// The app's shared zod fields (text, numbers, days, ids) for every feature's schema. Forms post strings; tests and scripts
// may post numbers. A missing field reads as empty so its "Enter ..." message shows,
// rather than zod's generic "expected string".
const asText = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const requiredText = (what: string, max: number) =>
  z.preprocess(
    asText,
    z
      .string()
      .trim()
      .min(1, `Enter ${what}`)
      .max(max, `${capitalise(what)} must be ${max} characters or fewer`),
  );

export const optionalText = (what: string, max: number) =>
  z.preprocess(
    asText,
    z
      .string()
      .trim()
      .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
      .transform((v) => v || null),
  );

/** A whole number within bounds; `fallback` is used only when the field is absent altogether. */
export const wholeNumber = (what: string, min: number, max: number, fallback?: number) =>
  z.preprocess(
    (v) => (v === undefined && fallback !== undefined ? String(fallback) : asText(v)),
    z
      .string()
      .trim()
      .min(1, `Enter ${what}`)
      .regex(/^\d+$/, `${capitalise(what)} must be a whole number, like ${min === 0 ? 1 : min}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `${capitalise(what)} must be from ${min} to ${max}`),
  );

export const yesNo = (message: string) =>
  z.preprocess(
    asText,
    z.enum(['true', 'false'], { message }).transform((v) => v === 'true'),
  );

export const enumField = <const T extends readonly [string, ...string[]]>(values: T, message: string) => z.preprocess(asText, z.enum(values, { message }));

/** '' for none, else an id; the action checks the id belongs to this council. */
export const optionalId = (message: string) =>
  z.preprocess(
    asText,
    z.union([z.literal(''), z.string().uuid(message)]).transform((v) => v || null),
  );

export const requiredId = (message: string) => z.preprocess(asText, z.string().uuid(message));

// at most nine digits, so a tampered value stays inside PostgreSQL's integer and is refused as a clash, not a crash
export const versionField = z.preprocess(
  asText,
  z
    .string()
    .regex(/^\d{1,9}$/, 'Reload the page and try again')
    .transform(Number),
);

/**
 * A calendar day from a form: a GOV.UK date input's three boxes or one typed day
 * (27/3/2026), read by the one reader in lib/forms/date.ts.
 */
export function parseTypedDay(text: string): LondonDay | null {
  const read = parseDateInput(text, 'the date', { required: true });
  return read.ok ? read.day : null;
}

export const requiredDay = (what: string) =>
  z
    .any()
    .optional()
    .transform((v, ctx) => {
      const read = parseDateInput(asDayInput(v), what, { required: true });
      if (!read.ok) ctx.addIssue({ code: 'custom', message: read.message });
      return (read.ok ? read.day : '') ?? '';
    });

export const optionalDay = (what: string) =>
  z
    .any()
    .optional()
    .transform((v, ctx) => {
      const read = parseDateInput(asDayInput(v), what, { required: false });
      if (!read.ok) ctx.addIssue({ code: 'custom', message: read.message });
      return read.ok ? read.day : null;
    });

/** A London day as the @db.Date value Prisma stores. */
export const dbDay = (day: LondonDay) => new Date(`${day}T00:00:00Z`);

/** A London day as people type it here (27/3/2026), for a form's starting value. */
export function typedDay(day: LondonDay | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

/**
 * For refinements across fields: run them even when another field has already failed
 * (zod skips them after an aborting issue, such as an unknown option), so the error
 * summary lists every problem at once. They must then cope with unparsed values.
 */
export const everyTime = { when: () => true };
