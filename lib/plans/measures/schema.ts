import { z } from 'zod';
import { labels } from '../../labels';
import { versionField } from '../../forms/fields';
import { readDay } from '../../meetings/schema';
import { asDayInput } from '../../forms/date';
import { sheetField } from '../../imports/sheet-field';

export const directions = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export const directionWords: Record<(typeof directions)[number], string> = labels.measureDirection;

/** The largest size a measure's number may have (the columns hold 12 digits, 2 after the point). */
export const MAX_MEASURE_NUMBER = 9_999_999_999;

/** "22.1", "22.1%", "1,234" or " 90 " as a number; null when it is not one. */
export function readNumber(text: string): number | null {
  const t = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) && Math.abs(n) <= MAX_MEASURE_NUMBER ? Math.round(n * 100) / 100 : null;
}

const uuid = z.string().uuid('Page not found');
const numberField = (message: string) =>
  z.string({ message }).transform((v, ctx) => {
    const n = readNumber(v);
    if (n === null) ctx.addIssue({ code: 'custom', message });
    return n ?? 0;
  });
/** Checkboxes: nothing, one id or several arrive from the form. */
const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
  .pipe(z.array(uuid).max(200));

const measureFields = {
  planId: uuid,
  title: z
    .string({ message: 'Enter the measure' })
    .trim()
    .min(1, 'Enter the measure, for example Re-referrals within 12 months')
    .max(200, 'The measure must be 200 characters or fewer'),
  unit: z
    .string()
    .trim()
    .max(40, 'The unit must be 40 characters or fewer')
    .optional()
    .transform((v) => v ?? ''),
  target: numberField('Enter the target as a number, for example 90'),
  direction: z.enum(directions, { message: 'Choose whether a higher or a lower value is better' }),
  tolerance: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const n = readNumber(v);
      if (n === null || n < 0) ctx.addIssue({ code: 'custom', message: 'Enter the tolerance as a number of zero or more, or leave it empty' });
      return n;
    }),
  actionIds: ids,
  themeIds: ids,
};

export const createMeasureSchema = z.object(measureFields);
export const updateMeasureSchema = z.object({ ...measureFields, measureId: uuid, version: versionField });

export const periodEndField = z
  .any()
  .optional()
  .transform((v, ctx) => {
    const input = asDayInput(v);
    if (typeof input === 'string' ? !input.trim() : !input.day && !input.month && !input.year) {
      ctx.addIssue({ code: 'custom', message: 'Enter the last day of the period' });
      return '';
    }
    const day = readDay(input);
    if (!day) ctx.addIssue({ code: 'custom', message: 'Enter the last day of the period as a date, for example 31/10/2026' });
    return day ?? '';
  });

export const addValueSchema = z.object({
  planId: uuid,
  measureId: uuid,
  periodLabel: z
    .string({ message: 'Enter the period' })
    .trim()
    .min(1, 'Enter the period, for example October 2026 or Quarter 2 2026/27')
    .max(60, 'The period must be 60 characters or fewer'),
  periodEnd: periodEndField,
  value: numberField('Enter the value as a number, for example 88.5'),
  note: z
    .string()
    .trim()
    .max(1000, 'The note must be 1,000 characters or fewer')
    .optional()
    .transform((v) => v || null),
});

export const valuesUploadSchema = z.object({ planId: uuid, file: z.instanceof(File, { message: 'Choose a CSV or Excel file of values' }) });
export const valuesSheetSchema = z.object({ planId: uuid, sheet: sheetField, fileName: z.string().max(255).optional() });
