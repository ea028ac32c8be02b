// Dates and times as GOV.UK writes them, always in Europe/London: "Wednesday 2 December
// 2026" in prose, "2 Dec 2026" in tables, "10am", "2:30pm", "midday", "midnight". Calendar days (@db.Date) arrive as UTC midnights and are read in UTC.
const longDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const calendarDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const calendarDayLong = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

// GOV.UK writes "Thursday 26 November 2026", without the comma Intl puts after the weekday.
export const formatLongDate = (d: Date) => longDate.format(d).replace(',', '');
export const formatShortDate = (d: Date) => shortDate.format(d);
/** A time of day as GOV.UK writes it: "10am", "2:30pm", "midday", "midnight"; never "00:00". */
export const formatTime = (d: Date) => formatClock(time.format(d));

/** "14:30" (a stored clock time) as "2:30pm". */
export function formatClock(hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const h = Number(match[1]) % 24;
  const m = Number(match[2]);
  if (m === 0 && h === 0) return 'midnight';
  if (m === 0 && h === 12) return 'midday';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
export const formatDay = (d: Date) => calendarDay.format(d);
export const formatDayLong = (d: Date) => calendarDayLong.format(d).replace(',', '');
/** A @db.Date value as the London day string the rules use. */
export const dayString = (d: Date) => d.toISOString().slice(0, 10);

/** "Wednesday 2 December 2026 at 10am". */
export function formatDateTime(d: Date): string {
  return `${formatLongDate(d)} at ${formatTime(d)}`;
}

/** A date and time in a table: "2 Dec 2026, 10am". */
export function formatShortDateTime(d: Date): string {
  return `${formatShortDate(d)}, ${formatTime(d)}`;
}

/** "Approved by Jo Bloggs, on Wednesday 2 December 2026 at 10am". */
export function formatApproval(who: string | null | undefined, when: Date): string {
  return `Approved by ${who ?? 'a person whose name was not recorded'}, on ${formatDateTime(when)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
