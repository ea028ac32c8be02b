import ExcelJS from 'exceljs';
import { importFields } from '../plan-import/fields';
import { exportCells, type PlanExport } from './data';

/**
 * The plan as a workbook whose first sheet has exactly the columns the import reads, in
 * its own words, so that the file re-imports as it stands; due dates are date cells.
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
  return Buffer.from(await wb.xlsx.writeBuffer());
}
