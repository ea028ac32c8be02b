import type { ActionContext } from '../action/define';
import { invalid } from '../errors';
import { advisoryDecisionMessage, decisionsOfAdvisoryBoard, resolveDecisionMaker } from '../rules/recommendations';
import { decisionField, type DraftDecision } from './fields';
import type { LoadedMinutes } from './load';
import type { ParsedDraft } from './schema';

/**
 * Checks a save's decisions and recommendations against the board and the council's list:
 * an advisory board records no decision of its own, and a recommendation names a decision
 * maker from the list (a row written before the list keeps the words it had). Each named
 * row is given the list's spelling; the answer maps each row to its list entry.
 */
export async function checkRecommendations(ctx: ActionContext, v: Pick<LoadedMinutes, 'items'>, items: ParsedDraft, advisory: boolean) {
  const errors: Record<string, string> = {};
  const refused = decisionsOfAdvisoryBoard(
    advisory,
    [...items].map(([position, item]) => ({ position, kinds: item.decisions.map((d) => ({ key: d.key, kind: d.row.kind })) })),
  );
  for (const r of refused) errors[decisionField(r.position, r.key, 'kind')] = advisoryDecisionMessage(r.position, r.key);

  const ids = new Map<DraftDecision, string>();
  const named = [...items].flatMap(([position, item]) =>
    item.decisions.filter((d) => d.row.kind === 'RECOMMENDATION' && d.row.decisionMaker).map((d) => ({ position, ...d })),
  );
  if (named.length) {
    const list = await ctx.tx.decisionMaker.findMany({ where: { councilId: ctx.council.id }, select: { id: true, name: true, archived: true } });
    const kept = new Set(v.items.flatMap((i) => i.decisions.map((d) => d.decisionMaker ?? '').filter(Boolean)));
    for (const { position, key, row } of named) {
      const maker = resolveDecisionMaker(row.decisionMaker, list, kept);
      if (!maker) {
        errors[decisionField(position, key, 'maker')] =
          `Item ${position}: choose who decides on recommendation ${key} from the council’s list of decision makers`;
        continue;
      }
      row.decisionMaker = maker.name;
      if (maker.id) ids.set(row, maker.id);
    }
  }
  if (Object.keys(errors).length)
    throw invalid(
      errors,
      refused.length ? 'This board is advisory: its minutes record recommendations, not decisions' : 'Check who decides on each recommendation',
    );
  return ids;
}

/**
 * When a correction is approved, each recommendation it still makes in the same words, in
 * the same item and to the same decision maker, keeps the outcomes recorded against the
 * version it supersedes (copied, history and all), so nothing tracked is lost.
 */
export async function carryOutcomes(ctx: ActionContext, previousVersionId: string, v: Pick<LoadedMinutes, 'items'>) {
  const before = await ctx.tx.decision.findMany({
    where: { kind: 'RECOMMENDATION', minutesItem: { minutesVersionId: previousVersionId }, outcomes: { some: {} } },
    select: {
      text: true,
      decisionMaker: true,
      minutesItem: { select: { position: true } },
      outcomes: { orderBy: { createdAt: 'asc' }, select: { outcome: true, decidedOn: true, reference: true, note: true, recordedById: true, createdAt: true } },
    },
  });
  const unused = [...before];
  let carried = 0;
  for (const item of v.items) {
    for (const d of item.decisions) {
      if (d.kind !== 'RECOMMENDATION') continue;
      const i = unused.findIndex((b) => b.minutesItem?.position === item.position && b.text === d.text && b.decisionMaker === d.decisionMaker);
      if (i < 0) continue;
      const [match] = unused.splice(i, 1);
      await ctx.tx.recommendationOutcome.createMany({ data: match!.outcomes.map((o) => ({ ...o, councilId: ctx.council.id, decisionId: d.id })) });
      carried += 1;
    }
  }
  return carried;
}
