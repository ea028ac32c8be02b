import 'server-only';
import type { BoardContext } from '../../boards/context';
import { withCouncil } from '../../db/tenant';
import { measureRag, measureTrend } from '../../rules/measure-rag';

/** A plan's measures with their values in time order, each value judged against the target. */
export async function measuresOfPlan(ctx: BoardContext, planId: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const measures = await tx.impactMeasure.findMany({
      where: { planId, plan: { boardId: ctx.board.id } },
      orderBy: { title: 'asc' },
      select: {
        id: true,
        title: true,
        unit: true,
        target: true,
        direction: true,
        tolerance: true,
        version: true,
        actions: { select: { planAction: { select: { id: true, reference: true } } } },
        themes: { select: { theme: { select: { id: true, name: true, position: true } } } },
        values: { orderBy: { periodEnd: 'asc' }, select: { id: true, periodLabel: true, periodEnd: true, value: true, note: true } },
      },
    });
    return measures.map((m) => {
      const target = Number(m.target);
      const tolerance = m.tolerance === null ? null : Number(m.tolerance);
      const values = m.values.map((v) => ({
        ...v,
        value: Number(v.value),
        rag: measureRag({ value: Number(v.value), target, direction: m.direction, tolerance }),
      }));
      const [previous, latest] = values.slice(-2).length === 2 ? values.slice(-2) : [undefined, values.at(-1)];
      return {
        ...m,
        target,
        tolerance,
        values,
        actions: m.actions.map((a) => a.planAction).sort((x, y) => x.reference.localeCompare(y.reference)),
        themes: m.themes.map((t) => t.theme).sort((x, y) => x.position - y.position),
        latest: latest ?? null,
        trend: latest && previous ? measureTrend(previous.value, latest.value, m.direction) : null,
      };
    });
  });
}
export type MeasureView = Awaited<ReturnType<typeof measuresOfPlan>>[number];

/** The plan's actions and themes, to link a measure to. */
export async function measureLinkOptions(ctx: BoardContext, planId: string) {
  return withCouncil(ctx.council.id, async (tx) => {
    const themes = await tx.planTheme.findMany({
      where: { planId, plan: { boardId: ctx.board.id } },
      orderBy: { position: 'asc' },
      select: { id: true, name: true },
    });
    const actions = await tx.planAction.findMany({
      where: { planId, plan: { boardId: ctx.board.id } },
      orderBy: { reference: 'asc' },
      select: { id: true, reference: true, description: true },
    });
    return { themes, actions };
  });
}

export { withUnit } from './format';
