// A plan's themes (Blackpool's six to start with, 004 5.6): added, renamed and put in order.

import { boardOf, defineAction } from '../../action/define';
import { AppError, invalid } from '../../errors';
import { loadPlan, refuseIfPlanClosed } from '../guards';
import { addThemeSchema, moveThemeSchema, renameThemeSchema } from '../schema';

export const addTheme = defineAction({
  name: 'plans.themes.add',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: addThemeSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    refuseIfPlanClosed(plan);
    const taken = await ctx.tx.planTheme.findFirst({ where: { planId: plan.id, name: { equals: input.name, mode: 'insensitive' } }, select: { id: true } });
    if (taken) throw invalid({ name: 'This plan already has a theme with that name' });
    const last = await ctx.tx.planTheme.findFirst({ where: { planId: plan.id }, orderBy: { position: 'desc' }, select: { position: true } });
    const theme = await ctx.tx.planTheme.create({
      data: { councilId: ctx.council.id, planId: plan.id, name: input.name, position: (last?.position ?? 0) + 1 },
      select: { id: true },
    });
    return {
      data: { id: theme.id },
      message: `Theme “${input.name}” added`,
      audit: [{ kind: 'plans.themes.add', entityType: 'PlanTheme', entityId: theme.id, after: { planId: plan.id, name: input.name } }],
    };
  },
});

export const renameTheme = defineAction({
  name: 'plans.themes.rename',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: renameThemeSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    refuseIfPlanClosed(plan);
    const theme = await ctx.tx.planTheme.findFirst({ where: { id: input.themeId, planId: plan.id }, select: { id: true, name: true } });
    if (!theme) throw new AppError('NOT_FOUND', 'That theme was not found');
    const taken = await ctx.tx.planTheme.findFirst({
      where: { planId: plan.id, id: { not: theme.id }, name: { equals: input.name, mode: 'insensitive' } },
      select: { id: true },
    });
    if (taken) throw invalid({ name: 'This plan already has a theme with that name' });
    await ctx.tx.planTheme.update({ where: { id: theme.id }, data: { name: input.name } });
    return {
      data: { id: theme.id },
      message: `Theme renamed “${input.name}”`,
      audit: [{ kind: 'plans.themes.rename', entityType: 'PlanTheme', entityId: theme.id, before: { name: theme.name }, after: { name: input.name } }],
    };
  },
});

export const moveTheme = defineAction({
  name: 'plans.themes.move',
  scope: 'board',
  resource: 'plan',
  operation: 'update',
  schema: moveThemeSchema,
  async run(ctx, input) {
    const plan = await loadPlan(ctx.tx, boardOf(ctx).id, input.planId);
    const themes = await ctx.tx.planTheme.findMany({
      where: { planId: plan.id },
      orderBy: { position: 'asc' },
      select: { id: true, name: true, position: true },
    });
    const i = themes.findIndex((t) => t.id === input.themeId);
    if (i < 0) throw new AppError('NOT_FOUND', 'That theme was not found');
    const j = input.direction === 'up' ? i - 1 : i + 1;
    const [a, b] = [themes[i], themes[j]];
    if (!a || !b) return { data: { id: input.themeId }, message: `“${a?.name}” is already ${input.direction === 'up' ? 'first' : 'last'}`, audit: [] };
    // positions are not unique, so a plain swap is safe
    await ctx.tx.planTheme.update({ where: { id: a.id }, data: { position: b.position } });
    await ctx.tx.planTheme.update({ where: { id: b.id }, data: { position: a.position } });
    return {
      data: { id: a.id },
      message: `“${a.name}” moved ${input.direction}`,
      audit: [{ kind: 'plans.themes.move', entityType: 'PlanTheme', entityId: a.id, before: { position: a.position }, after: { position: b.position } }],
    };
  },
});
