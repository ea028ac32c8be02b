import type { StandingKind } from './schema';

export type StandingDraft = { title: string; purpose: 'DECISION' | 'ASSURANCE' | 'INFORMATION'; durationMinutes: number; chairPresents: boolean };

/** What the standing items usually say, as the source boards' agendas word them. */
export function standingItemDraft(kind: StandingKind, previousMeetingOn: string | null): StandingDraft {
  switch (kind) {
    case 'DECLARATIONS_OF_INTEREST':
      return { title: 'Declarations of interest', purpose: 'INFORMATION', durationMinutes: 5, chairPresents: true };
    case 'APOLOGIES':
      return { title: 'Welcome, introductions and apologies', purpose: 'INFORMATION', durationMinutes: 5, chairPresents: true };
    case 'PREVIOUS_MINUTES':
      return {
        title: previousMeetingOn
          ? `Minutes of the meeting held on ${previousMeetingOn} and matters arising`
          : 'Minutes of the previous meeting and matters arising',
        purpose: 'DECISION',
        durationMinutes: 5,
        chairPresents: true,
      };
    case 'ACTION_LOG':
      return { title: 'Action log', purpose: 'ASSURANCE', durationMinutes: 10, chairPresents: false };
    case 'RISK_LOG':
      return { title: 'Risk log', purpose: 'ASSURANCE', durationMinutes: 10, chairPresents: false };
    case 'FORWARD_PLAN':
      return { title: 'Forward plan', purpose: 'DECISION', durationMinutes: 5, chairPresents: true };
  }
}

export const standingLabels: Record<StandingKind, string> = {
  DECLARATIONS_OF_INTEREST: 'Declarations of interest',
  APOLOGIES: 'Apologies',
  PREVIOUS_MINUTES: 'Minutes of the last meeting',
  ACTION_LOG: 'Action log',
  RISK_LOG: 'Risk log',
  FORWARD_PLAN: 'Forward plan',
};

const OPENING: StandingKind[] = ['DECLARATIONS_OF_INTEREST', 'APOLOGIES', 'PREVIOUS_MINUTES', 'ACTION_LOG'];

/**
 * Where a standing item goes in the running order: declarations of interest, apologies, then the last minutes,
 * then the action log open the meeting; the risk log and then the forward plan close it.
 * Items the administrator already placed keep their order.
 */
export function standingItemIndex(kind: StandingKind, agenda: { standing: string | null }[]): number {
  const rank = OPENING.indexOf(kind);
  if (rank >= 0) {
    let index = 0;
    agenda.forEach((item, i) => {
      const other = OPENING.indexOf(item.standing as StandingKind);
      if (other >= 0 && other < rank) index = i + 1;
    });
    return index;
  }
  if (kind === 'RISK_LOG') {
    const forwardPlan = agenda.findIndex((item) => item.standing === 'FORWARD_PLAN');
    if (forwardPlan >= 0) return forwardPlan;
  }
  return agenda.length;
}
