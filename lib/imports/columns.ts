/**
 * Matching a spreadsheet's columns to what an import reads (the plan import, the action
 * log import): a field list per import, one guess at the mapping from the headers, one
 * check of the mapping the person chose, and one way of naming a column in messages.
 */
export type ImportField<K extends string = string> = { key: K; label: string; required: boolean; aliases: readonly string[] };

/** Column index (0-based) in the file for each field, or null where the file has none. */
export type Mapping<K extends string> = Record<K, number | null>;

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A first guess at the mapping from the file's headers: a field's label or a common alias. */
export function suggestColumns<K extends string>(fields: readonly ImportField<K>[], headers: readonly string[]): Mapping<K> {
  const taken = new Set<number>();
  const mapping = Object.fromEntries(fields.map((f) => [f.key, null])) as Mapping<K>;
  for (const field of fields) {
    const names = [field.label, ...field.aliases].map(normal);
    const index = headers.findIndex((h, i) => !taken.has(i) && names.includes(normal(h)));
    if (index >= 0) {
      mapping[field.key] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** "Due" or, for a column with no header, "column C". */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim();
  if (header) return header;
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `column ${letters}`;
}

/** Mapping problems, keyed by the field's form name (`map-<field>`) for the error summary. */
export function checkColumns<K extends string>(fields: readonly ImportField<K>[], headers: readonly string[], mapping: Mapping<K>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const usedBy = new Map<number, string>();
  for (const field of fields) {
    const index = mapping[field.key];
    if (index === null) {
      if (field.required) errors[`map-${field.key}`] = [`Choose the column that holds the ${field.label.toLowerCase()}`];
      continue;
    }
    if (!Number.isInteger(index) || index < 0 || index >= headers.length) {
      errors[`map-${field.key}`] = [`Choose one of the file's columns for the ${field.label.toLowerCase()}`];
      continue;
    }
    const other = usedBy.get(index);
    if (other)
      errors[`map-${field.key}`] = [`The column "${columnName(headers, index)}" is already chosen for the ${other.toLowerCase()}: choose a different column`];
    else usedBy.set(index, field.label);
  }
  return errors;
}

/** The mapping as the form's `map-<field>` selects post it: a column number, or empty for "not in the file". */
export const columnsFromForm = <K extends string>(keys: readonly K[], input: Record<string, unknown>): Mapping<K> =>
  Object.fromEntries(
    keys.map((k) => {
      const v = input[`map-${k}`];
      return [k, typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : null];
    }),
  ) as Mapping<K>;

/** A problem with one cell: the spreadsheet's row number (the header is row 1) and column. */
export type CellProblem<K extends string = string> = { row: number; column: string; field: K; message: string };

/** "Row 4, column "Due": ..." as people read it in the preview and the error summary. */
export const describeCellProblem = (p: CellProblem) => `Row ${p.row}, column "${p.column}": ${p.message}`;
