import ExcelJS from 'exceljs';
import { importFields } from '../import/fields';
import { directionWords } from '../measures/schema';
import { MEASURE_VALUES_SHEET, valueColumns } from '../measures/values-import';
import { measureRag, measureRagWords } from '../../rules/measure-rag';
import { exportCells, type PlanExport } from './data';

/**
 * The plan as a workbook whose first sheet has exactly the columns the import reads, in
 * its own words, so that the file re-imports as it stands; due dates are date cells.
 * Then the measures of impact, and their values in the columns the values import reads
 * (with each value's standing against the target beside them, which the import ignores).
 */
export async function renderPlanXlsx(plan: PlanExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tabled';
  wb.title = plan.title;
  wb.created = new Date();
  const ws = wb.addWorksheet('Plan actions', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = importFields.map((f) => ({
    header: f.label,
    key: f.key,
    width: f.key === 'action' ? 70 : f.key === 'reference' || f.key === 'dueOn' ? 14 : 28,
    style: f.key === 'dueOn' ? { numFmt: 'dd/mm/yyyy' } : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  ws.getRow(1).font = { bold: true };
  for (const theme of plan.themes) for (const a of theme.actions) ws.addRow(exportCells(theme.name, a));

  const defs = wb.addWorksheet('Measures', { views: [{ state: 'frozen', ySplit: 1 }] });
  defs.columns = [
    { header: 'Measure', key: 'title', width: 50 },
    { header: 'Unit', key: 'unit', width: 12 },
    { header: 'Target', key: 'target', width: 12 },
    { header: 'Which way is better', key: 'direction', width: 20 },
    { header: 'Amber tolerance', key: 'tolerance', width: 16 },
  ];
  defs.getRow(1).font = { bold: true };
  for (const m of plan.measures)
    defs.addRow({ title: m.title, unit: m.unit, target: m.target, direction: directionWords[m.direction], tolerance: m.tolerance ?? '' });

  const values = wb.addWorksheet(MEASURE_VALUES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  values.columns = [
    ...valueColumns.map((c) => ({
      header: c.label,
      key: c.key,
      width: c.key === 'measure' ? 50 : c.key === 'note' ? 40 : 16,
      ...(c.key === 'periodEnd' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    })),
    { header: 'Against target', key: 'rag', width: 16 },
  ];
  values.getRow(1).font = { bold: true };
  for (const m of plan.measures) {
    for (const v of m.values) {
      const rag = measureRag({ value: v.value, target: m.target, direction: m.direction, tolerance: m.tolerance });
      values.addRow({ measure: m.title, period: v.periodLabel, periodEnd: v.periodEnd, value: v.value, note: v.note ?? '', rag: measureRagWords[rag] });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
