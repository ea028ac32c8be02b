import type { ActionContext } from '../action/define';
import { dayString } from '../format';
import { londonDay } from '../rules/london-calendar';
import { planActionRag, type PlanActionStatus } from '../rules/plans';

/** A plan action's RAG as stored after a change, from the date that counts on the day of the change. */
export const ragFor = (ctx: ActionContext, status: PlanActionStatus, dueOn: Date, agreedDueOn: Date | null) =>
  planActionRag({ status, dueOn: dayString(dueOn), agreedDueOn: agreedDueOn && dayString(agreedDueOn), today: londonDay(ctx.now) });
