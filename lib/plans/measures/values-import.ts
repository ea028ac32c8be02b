import { readDay } from '../../meetings/schema';
import { columnName } from '../import/fields';
import type { Sheet } from '../../imports/sheet';
import type { LondonDay } from '../../rules/london-calendar';
import { readNumber } from './schema';

/** The worksheet of the plan export holding the values, read first when a workbook has it. */
export const MEASURE_VALUES_SHEET = 'Measure values';

/** The columns a file of measure values holds; the headings are matched whatever their case. */
export const valueColumns = [
  { key: 'measure', label: 'Measure', required: true },
  { key: 'period', label: 'Period', required: true },
  { key: 'periodEnd', label: 'Period end', required: true },
  { key: 'value', label: 'Value', required: true },
  { key: 'note', label: 'Note', required: false },
] as const;
type ValueKey = (typeof valueColumns)[number]['key'];

export type ValueRow = { measureId: string; measure: string; periodLabel: string; periodEnd: LondonDay; value: number; note: string | null };
export type ValueProblem = { row: number; column: string; message: string };
export type ValuesPreview = {
  missingColumns: string[];
  rows: { row: number; cells: Partial<Record<ValueKey, string>>; value: ValueRow | null; problems: ValueProblem[] }[];
  problems: ValueProblem[];
};

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A file of measure values checked row by row, each problem named by row and column:
 * the measure must be one of the plan's (by title), the period end a date, the value a
 * number, and no measure may get two values for one period, in the file or already saved.
 */
export function validateValues(sheet: Sheet, knowledge: { measures: readonly { id: string; title: string }[]; existing: readonly string[] }): ValuesPreview {
  const index = Object.fromEntries(valueColumns.map((c) => [c.key, sheet.headers.findIndex((h) => key(h) === key(c.label))])) as Record<ValueKey, number>;
  const missingColumns = valueColumns.filter((c) => c.required && index[c.key] < 0).map((c) => c.label);
  if (missingColumns.length) return { missingColumns, rows: [], problems: [] };
  const measureByTitle = new Map(knowledge.measures.map((m) => [key(m.title), m]));
  const existing = new Set(knowledge.existing);
  const seen = new Map<string, number>();
  const rows = sheet.rows.map((cellsIn, i) => {
    const row = i + 2;
    const problems: ValueProblem[] = [];
    const cells = Object.fromEntries(valueColumns.filter((c) => index[c.key] >= 0).map((c) => [c.key, (cellsIn[index[c.key]] ?? '').trim()])) as Partial<
      Record<ValueKey, string>
    >;
    const problem = (k: ValueKey, message: string) => problems.push({ row, column: columnName(sheet.headers, index[k]), message });
    const measure = cells.measure ? measureByTitle.get(key(cells.measure)) : undefined;
    if (!cells.measure) problem('measure', 'Enter the measure’s title');
    else if (!measure) problem('measure', `The plan has no measure called "${cells.measure}": add it on the measures page first, or correct the title`);
    const periodLabel = cells.period ?? '';
    if (!periodLabel) problem('period', 'Enter the period, for example October 2026');
    else if (periodLabel.length > 60) problem('period', 'Shorten the period to 60 characters or fewer');
    const periodEnd = cells.periodEnd ? readDay(cells.periodEnd) : null;
    if (!cells.periodEnd) problem('periodEnd', 'Enter the last day of the period, for example 31/10/2026');
    else if (!periodEnd) problem('periodEnd', `"${cells.periodEnd}" is not a date: enter it as day/month/year, for example 31/10/2026, or as 2026-10-31`);
    const value = cells.value ? readNumber(cells.value) : null;
    if (!cells.value) problem('value', 'Enter the value');
    else if (value === null) problem('value', `"${cells.value}" is not a number: enter it like 88.5`);
    const note = cells.note || null;
    if (note && note.length > 1000) problem('note', 'Shorten the note to 1,000 characters or fewer');
    if (measure && periodEnd) {
      const k = `${measure.id}|${periodEnd}`;
      const first = seen.get(k);
      if (first) problem('periodEnd', `Row ${first} already gives ${measure.title} a value for the period ending ${periodEnd}`);
      else seen.set(k, row);
      if (existing.has(k)) problem('periodEnd', `${measure.title} already has a value for the period ending ${periodEnd}`);
    }
    return {
      row,
      cells,
      problems,
      value: problems.length ? null : { measureId: measure!.id, measure: measure!.title, periodLabel, periodEnd: periodEnd!, value: value!, note },
    };
  });
  return { missingColumns, rows, problems: rows.flatMap((r) => r.problems) };
}

export const describeValueProblem = (p: ValueProblem) => `Row ${p.row}, column "${p.column}": ${p.message}`;
