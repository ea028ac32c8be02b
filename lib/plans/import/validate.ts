import { checkColumns, describeCellProblem, type CellProblem } from '../../imports/columns';
import { readDay } from '../../meetings/schema';
import { label } from '../../labels';
import type { LondonDay } from '../../rules/london-calendar';
import { columnName, importFields, type ColumnMapping, type ImportFieldKey } from './fields';
import type { Sheet } from '../../imports/sheet';

export const importableStatuses = ['NOT_STARTED', 'IN_PROGRESS', 'AWAITING_SIGN_OFF'] as const;
export type ImportableStatus = (typeof importableStatuses)[number];

/** One action as it will be saved. */
export type ImportAction = {
  reference: string;
  theme: string;
  action: string;
  leadOfficer: string;
  dueOn: LondonDay;
  status: ImportableStatus;
  findings: string[];
  agencies: string[];
  deliveryBody: string | null;
  scrutinyBody: string | null;
  secondScrutinyBody: string | null;
};

/** A problem with one cell: the spreadsheet's row number (the header is row 1) and column. */
export type RowProblem = CellProblem<ImportFieldKey>;

export type PreviewRow = {
  row: number;
  cells: Partial<Record<ImportFieldKey, string>>;
  /** what will be saved, in words, where it differs from the cell as typed */
  shown?: Partial<Record<ImportFieldKey, string>>;
  action: ImportAction | null;
  problems: RowProblem[];
};

export type ImportPreview = { rows: PreviewRow[]; problems: RowProblem[] };

/** What the plan already holds, which a row may not clash with or must point at. */
export type ImportKnowledge = { existingReferences: readonly string[]; findingReferences: readonly string[] };

const LIMITS: Partial<Record<ImportFieldKey, number>> = {
  reference: 40,
  theme: 200,
  action: 4000,
  leadOfficer: 200,
  deliveryBody: 200,
  scrutinyBody: 200,
  secondScrutinyBody: 200,
};

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

const statusWords: Record<string, ImportableStatus> = {
  notstarted: 'NOT_STARTED',
  notyetstarted: 'NOT_STARTED',
  planned: 'NOT_STARTED',
  inprogress: 'IN_PROGRESS',
  ongoing: 'IN_PROGRESS',
  started: 'IN_PROGRESS',
  ontrack: 'IN_PROGRESS',
  awaitingsignoff: 'AWAITING_SIGN_OFF',
  readyforsignoff: 'AWAITING_SIGN_OFF',
};

/** Mapping problems, keyed by the field's form name (`map-<field>`) for the error summary. */
export const checkMapping = (headers: readonly string[], mapping: ColumnMapping) => checkColumns(importFields, headers, mapping);

/** Splits a list cell: semicolons or new lines, or commas when there are neither. */
export function splitList(text: string): string[] {
  const parts = /[;\n]/.test(text) ? text.split(/[;\n]/) : text.split(',');
  const seen = new Set<string>();
  return parts.map((p) => p.trim()).filter((p) => p && !seen.has(key(p)) && seen.add(key(p)));
}

/**
 * Every row read against the mapping and checked, each problem named by row and column.
 * Nothing here touches the database: the plan's existing references and its inspection's
 * findings come in as knowledge, so the same check runs at preview and again at commit.
 */
export function validateImport(sheet: Sheet, mapping: ColumnMapping, knowledge: ImportKnowledge): ImportPreview {
  const existing = new Set(knowledge.existingReferences.map(key));
  const findingByKey = new Map(knowledge.findingReferences.map((f) => [key(f), f]));
  const firstRowOf = new Map<string, number>();
  const rows: PreviewRow[] = [];

  sheet.rows.forEach((cellsIn, i) => {
    const row = i + 2;
    const problems: RowProblem[] = [];
    const cells: Partial<Record<ImportFieldKey, string>> = {};
    for (const f of importFields) {
      const index = mapping[f.key];
      if (index !== null) cells[f.key] = cellsIn[index] ?? '';
    }
    const problem = (field: ImportFieldKey, message: string) => {
      const index = mapping[field];
      problems.push({ row, field, column: index === null ? importFields.find((f) => f.key === field)!.label : columnName(sheet.headers, index), message });
    };
    const text = (field: ImportFieldKey, missing?: string): string => {
      const value = (cells[field] ?? '').trim();
      if (!value && missing) problem(field, missing);
      const limit = LIMITS[field];
      if (limit && value.length > limit) problem(field, `Shorten this to ${limit} characters or fewer (it has ${value.length})`);
      return value;
    };

    const reference = text('reference', 'Enter the action’s reference, for example PM1.1');
    if (reference) {
      const seenAt = firstRowOf.get(key(reference));
      if (seenAt) problem('reference', `The reference ${reference} is also used in row ${seenAt}: each action needs its own reference`);
      else firstRowOf.set(key(reference), row);
      if (existing.has(key(reference)))
        problem('reference', `The plan already has an action ${reference}: give this one another reference, or leave it out of the file`);
    }
    const theme = text('theme', 'Enter the theme the action belongs to');
    const action = text('action', 'Enter what the action is');
    const leadOfficer = text('leadOfficer', 'Enter the lead officer, for example Head of Service');

    const dueText = text('dueOn', 'Enter the due date, for example 31/03/2027');
    const dueOn = dueText ? readDay(dueText) : null;
    if (dueText && !dueOn) problem('dueOn', `"${dueText}" is not a date: enter it as day/month/year, for example 31/03/2027, or as 2027-03-31`);

    const statusText = text('status');
    let status: ImportableStatus = 'NOT_STARTED';
    if (statusText) {
      const read = statusWords[key(statusText)];
      if (read) status = read;
      else if (['signedoff', 'complete', 'completed', 'closed', 'carriedover', 'done'].includes(key(statusText)))
        problem('status', `"${statusText}" cannot be imported: an action is signed off at a board meeting, not by import. Import it as Awaiting sign-off`);
      else problem('status', `"${statusText}" is not a status: use Not started, In progress or Awaiting sign-off`);
    }

    const findings: string[] = [];
    for (const ref of splitList(text('findings'))) {
      const found = findingByKey.get(key(ref));
      if (found) findings.push(found);
      else
        problem(
          'findings',
          knowledge.findingReferences.length
            ? `The inspection has no finding ${ref}: use one of ${knowledge.findingReferences.join(', ')}`
            : `The plan answers no inspection, so the finding ${ref} cannot be linked: leave this column empty`,
        );
    }
    const agencies = splitList(text('agencies'));
    for (const a of agencies) if (a.length > 200) problem('agencies', `Shorten the agency name "${a.slice(0, 40)}…" to 200 characters or fewer`);
    const deliveryBody = text('deliveryBody') || null;
    const scrutinyBody = text('scrutinyBody') || null;
    const secondScrutinyBody = text('secondScrutinyBody') || null;
    if (secondScrutinyBody && scrutinyBody && key(secondScrutinyBody) === key(scrutinyBody))
      problem('secondScrutinyBody', 'The second scrutiny body scrutinises the first, so it must be a different body');
    if (secondScrutinyBody && !scrutinyBody) problem('scrutinyBody', 'Name the scrutiny body that the second scrutiny body scrutinises');

    rows.push({
      row,
      cells,
      shown: problems.length ? undefined : { dueOn: dueOn!.split('-').reverse().join('/'), status: label('planActionStatus', status) },
      problems,
      action: problems.length
        ? null
        : { reference, theme, action, leadOfficer, dueOn: dueOn!, status, findings, agencies, deliveryBody, scrutinyBody, secondScrutinyBody },
    });
  });
  return { rows, problems: rows.flatMap((r) => r.problems) };
}

export const describeProblem = describeCellProblem;
