import { withCouncil } from '../../db/tenant';
import { dayString } from '../../format';
import { label } from '../../labels';
import { importFields, type ImportFieldKey } from '../import/fields';

/** A plan's actions by theme, as the export files show them. */
export async function planForExport(councilId: string, boardId: string, planId: string) {
  return withCouncil(councilId, async (tx) => {
    const plan = await tx.improvementPlan.findFirst({
      where: { id: planId, boardId },
      select: {
        id: true,
        title: true,
        status: true,
        submissionDeadline: true,
        board: { select: { name: true, council: { select: { name: true } } } },
        inspection: { select: { title: true, visitedOn: true, judgement: true } },
        themes: {
          orderBy: { position: 'asc' },
          select: {
            id: true,
            name: true,
            actions: {
              orderBy: { reference: 'asc' },
              select: {
                reference: true,
                description: true,
                leadOfficer: true,
                dueOn: true,
                agreedDueOn: true,
                status: true,
                rag: true,
                deliveryBody: { select: { name: true } },
                scrutinyBody: { select: { name: true } },
                secondScrutinyBody: { select: { name: true } },
                agencies: { select: { agency: { select: { name: true } } } },
                findings: { select: { finding: { select: { reference: true, position: true } } } },
              },
            },
          },
        },
      },
    });
    if (!plan) return null;
    const measures = await tx.impactMeasure.findMany({
      where: { planId: plan.id },
      orderBy: { title: 'asc' },
      select: {
        title: true,
        unit: true,
        target: true,
        direction: true,
        tolerance: true,
        values: { orderBy: { periodEnd: 'asc' }, select: { periodLabel: true, periodEnd: true, value: true, note: true } },
      },
    });
    return {
      measures: measures.map((m) => ({
        ...m,
        target: Number(m.target),
        tolerance: m.tolerance === null ? null : Number(m.tolerance),
        values: m.values.map((v) => ({ ...v, value: Number(v.value) })),
      })),
      ...plan,
      themes: plan.themes.map((t) => ({
        ...t,
        actions: t.actions.map((a) => ({
          ...a,
          agencies: a.agencies.map((x) => x.agency.name).sort((x, y) => x.localeCompare(y)),
          findings: a.findings
            .map((f) => f.finding)
            .sort((x, y) => x.position - y.position)
            .map((f) => f.reference),
        })),
      })),
    };
  });
}
export type PlanExport = NonNullable<Awaited<ReturnType<typeof planForExport>>>;
export type ExportAction = PlanExport['themes'][number]['actions'][number];

/** One action's cells in the columns the import reads, the due date as a Date for a date cell. */
export function exportCells(theme: string, a: ExportAction): Record<ImportFieldKey, string | Date> {
  return {
    reference: a.reference,
    theme,
    action: a.description,
    leadOfficer: a.leadOfficer,
    dueOn: a.dueOn,
    status: label('planActionStatus', a.status),
    findings: a.findings.join('; '),
    agencies: a.agencies.join('; '),
    deliveryBody: a.deliveryBody?.name ?? '',
    scrutinyBody: a.scrutinyBody?.name ?? '',
    secondScrutinyBody: a.secondScrutinyBody?.name ?? '',
  };
}

export const exportHeaders = importFields.map((f) => f.label);
export const exportFileBase = (boardSlug: string, title: string) =>
  `${boardSlug}-${title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)}`;
export const revisedDue = (a: ExportAction) => (a.agreedDueOn ? dayString(a.agreedDueOn) : null);
