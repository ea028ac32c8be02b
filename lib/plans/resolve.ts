import { cache } from 'react';
import { notFound } from '../errors';
import { defineQuery } from '../access/query';
import { z } from 'zod';
import { withCouncil } from '../db/tenant';
import type { BoardContext } from '../boards/context';

/**
 * The plan named in a `/plan/[plan]` URL, if it is this board's; anything else (another
 * board's plan, a malformed id) answers 404. Cached per request so that a page's title
 * and body share one read.
 */
async function readPlanUnchecked(ctx: BoardContext, planId: string) {
  if (!z.uuid().safeParse(planId).success) throw notFound('Plan');
  const plan = await withCouncil(ctx.council.id, (tx) =>
    tx.improvementPlan.findFirst({
      where: { id: planId, boardId: ctx.board.id },
      select: { id: true, title: true, status: true, submissionDeadline: true, previousPlanId: true, version: true },
    }),
  );
  if (!plan) throw notFound('Plan');
  return plan;
}
export const readPlan = defineQuery({ resource: 'plan', run: readPlanUnchecked });
export const resolvePlan = cache(readPlan);
