import { defineAction } from '../action/define';
import type { ActionContext } from '../action/define';
import { AppError, invalidField } from '../errors';
import { addAudienceSchema, addDecisionMakerSchema, updateAudienceSchema, updateDecisionMakerSchema } from './lists-schema';

// The council's administrators keep its lists of decision makers and reporting audiences.
// An entry is renamed or archived, never deleted: recommendations and reports name them.

const admins = ['OWNER', 'ADMIN'] as const;

async function refuseTakenName(ctx: ActionContext, table: 'decisionMaker' | 'reportingAudience', name: string, exceptId: string | null) {
  const where = { councilId: ctx.council.id, name: { equals: name, mode: 'insensitive' as const }, ...(exceptId ? { id: { not: exceptId } } : {}) };
  const taken = table === 'decisionMaker' ? await ctx.tx.decisionMaker.findFirst({ where }) : await ctx.tx.reportingAudience.findFirst({ where });
  if (taken) throw invalidField('name', `${taken.name} is already on the list${taken.archived ? ' (archived: bring it back instead)' : ''}`);
}

export const addDecisionMaker = defineAction({
  name: 'councils.decision-maker.add',
  scope: 'council',
  councilRoles: [...admins],
  schema: addDecisionMakerSchema,
  async run(ctx, input) {
    await refuseTakenName(ctx, 'decisionMaker', input.name, null);
    const row = await ctx.tx.decisionMaker.create({ data: { councilId: ctx.council.id, name: input.name, kind: input.kind } });
    return {
      data: { id: row.id },
      message: `${row.name} added to the decision makers`,
      audit: [{ kind: 'council.decision-maker.add', entityType: 'DecisionMaker', entityId: row.id, after: { name: row.name, kind: row.kind } }],
    };
  },
});

export const updateDecisionMaker = defineAction({
  name: 'councils.decision-maker.update',
  scope: 'council',
  councilRoles: [...admins],
  schema: updateDecisionMakerSchema,
  async run(ctx, input) {
    const before = await ctx.tx.decisionMaker.findFirst({ where: { id: input.decisionMakerId, councilId: ctx.council.id } });
    if (!before) throw new AppError('NOT_FOUND', 'That decision maker was not found');
    await refuseTakenName(ctx, 'decisionMaker', input.name, before.id);
    const after = { name: input.name, kind: input.kind, archived: input.archived === 'yes' };
    await ctx.tx.decisionMaker.update({ where: { id: before.id }, data: after });
    return {
      data: { id: before.id },
      message: after.archived ? `${after.name} is archived: new recommendations cannot name it` : `${after.name} saved`,
      audit: [
        {
          kind: 'council.decision-maker.update',
          entityType: 'DecisionMaker',
          entityId: before.id,
          before: { name: before.name, kind: before.kind, archived: before.archived },
          after,
        },
      ],
    };
  },
});

export const addReportingAudience = defineAction({
  name: 'councils.audience.add',
  scope: 'council',
  councilRoles: [...admins],
  schema: addAudienceSchema,
  async run(ctx, input) {
    await refuseTakenName(ctx, 'reportingAudience', input.name, null);
    const row = await ctx.tx.reportingAudience.create({ data: { councilId: ctx.council.id, name: input.name } });
    return {
      data: { id: row.id },
      message: `${row.name} added to the reporting audiences`,
      audit: [{ kind: 'council.audience.add', entityType: 'ReportingAudience', entityId: row.id, after: { name: row.name } }],
    };
  },
});

export const updateReportingAudience = defineAction({
  name: 'councils.audience.update',
  scope: 'council',
  councilRoles: [...admins],
  schema: updateAudienceSchema,
  async run(ctx, input) {
    const before = await ctx.tx.reportingAudience.findFirst({ where: { id: input.audienceId, councilId: ctx.council.id } });
    if (!before) throw new AppError('NOT_FOUND', 'That reporting audience was not found');
    await refuseTakenName(ctx, 'reportingAudience', input.name, before.id);
    const after = { name: input.name, archived: input.archived === 'yes' };
    await ctx.tx.reportingAudience.update({ where: { id: before.id }, data: after });
    return {
      data: { id: before.id },
      message: after.archived ? `${after.name} is archived: reports are no longer offered to it` : `${after.name} saved`,
      audit: [
        {
          kind: 'council.audience.update',
          entityType: 'ReportingAudience',
          entityId: before.id,
          before: { name: before.name, archived: before.archived },
          after,
        },
      ],
    };
  },
});
