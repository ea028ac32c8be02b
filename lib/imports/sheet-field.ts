import { z } from 'zod';
import { MAX_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, type Sheet } from './sheet';

const cell = z.string().max(MAX_CELL_CHARS);
const sheetShape = z.object({
  headers: z.array(cell).min(1).max(MAX_IMPORT_COLUMNS),
  rows: z.array(z.array(cell).max(MAX_IMPORT_COLUMNS)).min(1).max(MAX_IMPORT_ROWS),
});

/** The sheet read at the upload step, carried in the form as JSON and checked again on every post. */
export const sheetField = z.string({ message: 'Upload the file again' }).transform((text, ctx): Sheet => {
  try {
    const parsed = sheetShape.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // falls through to the issue below
  }
  ctx.addIssue({ code: 'custom', message: 'The file’s contents were lost between steps: upload the file again' });
  return z.NEVER;
});

export function parseSheetField(value: unknown): Sheet | null {
  const parsed = sheetField.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** One `map-<field>` select per field: a column number, or empty for "not in the file". */
export const mapShape = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(
    keys.map((k) => [
      `map-${k}`,
      z
        .string()
        .optional()
        .transform((v) => (v === undefined || v === '' ? null : Number(v))),
    ]),
  ) as unknown as Record<`map-${K}`, z.ZodType<number | null, string | undefined>>;

export const importFileField = z.instanceof(File, { message: 'Choose a CSV or Excel file to import' });
