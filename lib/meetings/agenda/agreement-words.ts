import { formatDateTime } from '../../format';

type AgendaAgreement = {
  agreed: { at: Date; by: string | null; onBehalfOf: string | null } | null;
  cleared: { changedAt: Date; agreedAt: Date | null } | null;
  agreedByBoard: { name: string } | null;
};

/** The meeting page's "Agenda" line: who agreed it and when, or who still needs to. */
export function agendaAgreementText(agenda: AgendaAgreement): string {
  const who = agenda.agreedByBoard ? agenda.agreedByBoard.name : 'the Chair';
  if (agenda.agreed) {
    const by = agenda.agreed.by ? ` (${agenda.agreed.by})` : '';
    const at = formatDateTime(agenda.agreed.at);
    return agenda.agreed.onBehalfOf ? `Agreed by ${agenda.agreed.onBehalfOf}${by} on ${at}` : `Agreed with the Chair${by} on ${at}`;
  }
  if (agenda.cleared) {
    const agreedBy = agenda.agreedByBoard ? agenda.agreedByBoard.name : 'the Chair';
    const before = agenda.cleared.agreedAt ? `, after ${agreedBy} agreed it on ${formatDateTime(agenda.cleared.agreedAt)}` : '';
    return `Not agreed: the agenda changed on ${formatDateTime(agenda.cleared.changedAt)}${before}, so ${who} needs to agree it again`;
  }
  return agenda.agreedByBoard ? `Not yet agreed by ${agenda.agreedByBoard.name}, which agrees this board’s agendas` : 'Not yet agreed with the Chair';
}
