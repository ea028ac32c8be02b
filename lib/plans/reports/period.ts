import { readDay } from '../../meetings/schema';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween, type LondonDay } from '../../rules/london-calendar';

export const audiences = ['cabinet', 'scrutiny', 'dfe'] as const;
export type StandardAudience = (typeof audiences)[number];
/**
 * One of the council's reporting audiences (`aud-<id>`); or any other body the board reports
 * to, by its reporting line (`line-<id>`); or, in links made before the council's list,
 * Cabinet, scrutiny or the DfE.
 */
export type Audience = StandardAudience | `line-${string}` | `aud-${string}`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const LINE_AUDIENCE = new RegExp(`^line-${UUID}$`);
const COUNCIL_AUDIENCE = new RegExp(`^aud-${UUID}$`);
export const isLineAudience = (audience: Audience): audience is `line-${string}` => audience.startsWith('line-');
export const isCouncilAudience = (audience: Audience): audience is `aud-${string}` => audience.startsWith('aud-');

export const audienceBody = { cabinet: 'CABINET', scrutiny: 'SCRUTINY_COMMITTEE', dfe: 'DFE' } as const;
export const audienceDefaultName: Record<StandardAudience, string> = {
  cabinet: 'Cabinet',
  scrutiny: 'the Overview and Scrutiny Committee',
  dfe: 'the Department for Education',
};

export type ReportQuery = { from: LondonDay; to: LondonDay; audience: Audience };
export type ReportQueryResult = {
  query: ReportQuery;
  errors: { field: 'from' | 'to' | 'audience'; message: string }[];
  values: Record<'from' | 'to' | 'audience', string>;
};

/** The default period: the last three whole months and this month so far. */
export function defaultPeriod(today: LondonDay): { from: LondonDay; to: LondonDay } {
  return { from: addCalendarMonths(`${today.slice(0, 7)}-01`, -3), to: today };
}

/**
 * The report's period and audience from the page's query string. Anything unreadable is
 * reported against its field and replaced by the default, so the page always shows a report.
 */
export function readReportQuery(params: Record<string, string | string[] | undefined>, today: LondonDay): ReportQueryResult {
  const one = (name: string) => {
    const v = params[name];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
  };
  const values = { from: one('from'), to: one('to'), audience: one('audience') };
  const errors: ReportQueryResult['errors'] = [];
  const defaults = defaultPeriod(today);
  let from = values.from ? readDay(values.from) : defaults.from;
  let to = values.to ? readDay(values.to) : defaults.to;
  if (!from) errors.push({ field: 'from', message: 'Enter the start of the period as a date, for example 1/9/2026' });
  if (!to) errors.push({ field: 'to', message: 'Enter the end of the period as a date, for example 30/11/2026' });
  from ??= defaults.from;
  to ??= defaults.to;
  if (calendarDaysBetween(from, to) < 0) {
    errors.push({ field: 'to', message: 'The end of the period must be on or after its start' });
    to = addCalendarDays(from, 0);
  }
  if (calendarDaysBetween(from, to) > 366 * 3) {
    errors.push({ field: 'from', message: 'Choose a period of three years or less' });
    from = addCalendarMonths(to, -36);
  }
  let audience: Audience = 'cabinet';
  if (values.audience) {
    if ((audiences as readonly string[]).includes(values.audience) || LINE_AUDIENCE.test(values.audience) || COUNCIL_AUDIENCE.test(values.audience))
      audience = values.audience as Audience;
    else errors.push({ field: 'audience', message: 'Choose who the report is for from the list' });
  }
  return { query: { from, to, audience }, errors, values };
}
