import { formatDay, formatLongDate } from '../../format';
import { label } from '../../labels';
import { measureRagWords } from '../../rules/measure-rag';
import type { ReportModel } from './model';

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
/** "1 September 2026" for a London day. */
export const dayWords = (day: string) => dayMonthYear.format(new Date(`${day}T00:00:00Z`));

export type ReportTable = { caption: string; headers: string[]; rows: string[][]; /** the column whose cells head their rows */ rowHeader?: number };
export type ReportSection = { id: string; heading: string; paragraphs: string[]; table?: ReportTable };
export type ReportDocument = { title: string; subtitle: string; lines: string[]; sections: ReportSection[] };

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));
const withUnit = (n: number, unit: string) => (unit === '%' ? `${number(n)}%` : unit ? `${number(n)} ${unit}` : number(n));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The report's words and tables, in one place for all three renderings, so the page,
 * the PDF and the Word document say exactly the same thing.
 */
export function reportDocument(r: ReportModel): ReportDocument {
  const done = r.totals.counts.SIGNED_OFF + r.totals.counts.CLOSED + r.totals.counts.CARRIED_OVER;
  const sections: ReportSection[] = [];

  sections.push({
    id: 'summary',
    heading: 'Summary',
    paragraphs: [
      `The plan has ${plural(r.totals.total, 'action')} under ${plural(r.themes.length, 'theme')}. ${done} ${done === 1 ? 'is' : 'are'} complete (signed off, carried over or closed) and ${r.totals.counts.AWAITING_SIGN_OFF} ${r.totals.counts.AWAITING_SIGN_OFF === 1 ? 'is' : 'are'} awaiting the board’s sign-off.`,
      `In the period ${plural(r.signedOff.length, 'action was', 'actions were')} signed off at board meetings; ${plural(r.slipping.length, 'action is', 'actions are')} slipping against ${r.slipping.length === 1 ? 'its' : 'their'} original due date.`,
      r.measures.length
        ? `Of ${plural(r.measures.length, 'measure')} of impact, ${r.measures.filter((m) => m.rag === 'GREEN').length} ${r.measures.filter((m) => m.rag === 'GREEN').length === 1 ? 'is' : 'are'} on target, ${r.measures.filter((m) => m.rag === 'AMBER').length} near target and ${r.measures.filter((m) => m.rag === 'RED').length} off target.`
        : 'No measures of impact are recorded for this plan yet.',
    ],
  });

  sections.push({
    id: 'themes',
    heading: 'Progress by theme',
    paragraphs: [`Numbers of actions by status, as the plan stands on ${dayWords(r.asAt)}.`],
    table: {
      caption: 'Actions by theme and status',
      headers: ['Theme', 'Actions', 'Not started', 'In progress', 'Awaiting sign-off', 'Signed off', 'Carried over or closed', 'Signed off in the period'],
      rowHeader: 0,
      rows: [
        ...r.themes.map((t) =>
          [
            t.name,
            t.total,
            t.counts.NOT_STARTED,
            t.counts.IN_PROGRESS,
            t.counts.AWAITING_SIGN_OFF,
            t.counts.SIGNED_OFF,
            t.counts.CARRIED_OVER + t.counts.CLOSED,
            t.signedOffInPeriod,
          ].map(String),
        ),
        [
          'All themes',
          r.totals.total,
          r.totals.counts.NOT_STARTED,
          r.totals.counts.IN_PROGRESS,
          r.totals.counts.AWAITING_SIGN_OFF,
          r.totals.counts.SIGNED_OFF,
          r.totals.counts.CARRIED_OVER + r.totals.counts.CLOSED,
          r.totals.signedOffInPeriod,
        ].map(String),
      ],
    },
  });

  sections.push({
    id: 'signed-off',
    heading: 'Actions signed off in the period',
    paragraphs: r.signedOff.length
      ? ['Signed off as complete at board meetings held in the period.']
      : ['No actions were signed off at board meetings held in the period.'],
    table: r.signedOff.length
      ? {
          caption: 'Actions signed off, with the meeting',
          headers: ['Reference', 'Action', 'Theme', 'Signed off at'],
          rowHeader: 0,
          rows: r.signedOff.map((s) => [s.reference, s.description, s.theme, `${s.meeting}, ${formatLongDate(s.meetingAt)}`]),
        }
      : undefined,
  });

  sections.push({
    id: 'slipping',
    heading: 'Actions slipping',
    paragraphs: r.slipping.length
      ? [
          'Open actions whose original due date fell on or before the end of the period, or whose due date has been revised. The original date is kept beside the revised one.',
        ]
      : ['No open action has passed its original due date or had its due date revised.'],
    table: r.slipping.length
      ? {
          caption: 'Actions slipping, with original and revised due dates',
          headers: ['Reference', 'Action', 'Lead officer', 'Original due date', 'Revised due date', 'Position'],
          rowHeader: 0,
          rows: r.slipping.map((s) => [
            s.reference,
            s.description,
            s.leadOfficer,
            formatDay(s.originalDue),
            [
              s.agreed
                ? `${formatDay(s.agreed.due)} (agreed${s.agreed.meeting ? ` at ${s.agreed.meeting.title}, ${formatDay(s.agreed.meeting.startsAt)}` : ''})`
                : '',
              s.pending ? `${formatDay(s.pending.due)} (proposed, not yet agreed)` : '',
            ]
              .filter(Boolean)
              .join('; ') || 'Not revised',
            [
              `${label('planActionStatus', s.status)}${s.overdue ? '; overdue' : ''}`,
              s.agreed?.reason ? `Reason for the agreed date: ${s.agreed.reason}` : '',
              s.pending?.reason ? `Reason for the proposed date: ${s.pending.reason}` : '',
            ]
              .filter(Boolean)
              .join('. '),
          ]),
        }
      : undefined,
  });

  sections.push({
    id: 'measures',
    heading: 'Measures against target',
    paragraphs: r.measures.length
      ? [
          'The latest value of each measure reported by the end of the period, against its target. On target includes exactly on target; near target is within the agreed tolerance.',
        ]
      : ['No measures of impact are recorded for this plan yet.'],
    table: r.measures.length
      ? {
          caption: 'Measures of impact against their targets',
          headers: ['Measure', 'Latest value', 'Target', 'Against target', 'Since the previous value'],
          rowHeader: 0,
          rows: r.measures.map((m) => [
            m.title,
            m.latest ? `${withUnit(m.latest.value, m.unit)} (${m.latest.period})${m.latest.inPeriod ? '' : ', before the period'}` : 'No value reported',
            `${withUnit(m.target, m.unit)}, ${m.direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better'}`,
            m.rag ? measureRagWords[m.rag] : 'Not rated',
            m.trend && m.previous
              ? `${m.trend.charAt(0).toUpperCase()}${m.trend.slice(1)} (was ${withUnit(m.previous.value, m.unit)} in ${m.previous.period})`
              : 'No earlier value',
          ]),
        }
      : undefined,
  });

  if (r.recommendations.length) {
    const pending = r.recommendations.filter((x) => x.outcome === 'PENDING').length;
    sections.push({
      id: 'recommendations',
      heading: 'Recommendations of the board',
      paragraphs: [
        `The board made ${plural(r.recommendations.length, 'recommendation')} at meetings held in the period; ${pending} ${pending === 1 ? 'awaits' : 'await'} a decision.`,
      ],
      table: {
        caption: 'Recommendations made in the period, who decides and the outcome',
        headers: ['Recommendation', 'Made at', 'Who decides', 'Outcome'],
        rows: r.recommendations.map((x) => [
          x.text,
          `${x.meeting}, ${formatLongDate(x.meetingAt)}`,
          x.decisionMaker ?? 'Not named',
          [label('recommendationOutcomeKind', x.outcome), x.decidedOn ? `on ${formatDay(x.decidedOn)}` : '', x.reference ? `(reference ${x.reference})` : '']
            .filter(Boolean)
            .join(' '),
        ]),
      },
    });
  }

  return {
    title: `Progress report to ${r.addressee}`,
    subtitle: r.plan.title,
    lines: [
      `${r.councilName}, ${r.boardName}.`,
      `Period: ${dayWords(r.from)} to ${dayWords(r.to)}.`,
      ...(r.reportingLine
        ? [`Reporting line: ${r.reportingLine.name}${r.reportingLine.frequency ? `, ${r.reportingLine.frequency.toLowerCase()}` : ''}.`]
        : []),
      ...(r.plan.inspection ? [`The plan answers: ${r.plan.inspection.title} (${formatDay(r.plan.inspection.visitedOn)}).`] : []),
    ],
    sections,
  };
}
