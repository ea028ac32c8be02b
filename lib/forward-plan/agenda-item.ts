import type { forwardPlanKinds } from './schema';

type Kind = (typeof forwardPlanKinds)[number];

/**
 * The agenda item a forward-plan item becomes: a deep dive or a report is brought for the
 * board's assurance, a milestone or anything else for information. A deep dive is named
 * as one on the agenda.
 */
export function agendaDraft(item: { kind: Kind; title: string; presenter: string | null }) {
  const title = item.kind === 'DEEP_DIVE' && !/^deep[- ]dive/i.test(item.title) ? `Deep dive: ${item.title}` : item.title;
  const purpose = item.kind === 'DEEP_DIVE' || item.kind === 'REPORT' ? ('ASSURANCE' as const) : ('INFORMATION' as const);
  return { title: title.slice(0, 300), presenter: item.presenter, purpose, durationMinutes: item.kind === 'DEEP_DIVE' ? 45 : item.kind === 'REPORT' ? 20 : 10 };
}

/**
 * Where items from the forward plan go: after the business already on the agenda and
 * before the closing standing items (the risk log and the forward plan itself).
 */
export function forwardPlanInsertIndex(agenda: readonly { standing: string | null }[]): number {
  const closing = agenda.findIndex((item) => item.standing === 'RISK_LOG' || item.standing === 'FORWARD_PLAN');
  return closing >= 0 ? closing : agenda.length;
}
