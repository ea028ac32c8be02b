// Dates and times as GOV.UK writes them ("Tuesday 2 January 2024", "10:00"), always in
// Europe/London. Calendar days (@db.Date) arrive as UTC midnights and are read in UTC.
const longDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const calendarDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const calendarDayLong = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

// GOV.UK writes "Thursday 26 November 2026", without the comma Intl puts after the weekday.
export const formatLongDate = (d: Date) => longDate.format(d).replace(',', '');
export const formatShortDate = (d: Date) => shortDate.format(d);
export const formatTime = (d: Date) => time.format(d);
export const formatDay = (d: Date) => calendarDay.format(d);
export const formatDayLong = (d: Date) => calendarDayLong.format(d).replace(',', '');
/** A @db.Date value as the London day string the rules use. */
export const dayString = (d: Date) => d.toISOString().slice(0, 10);

export function formatDateTime(d: Date): string {
  return `${formatLongDate(d)}, ${formatTime(d)}`;
}

export function humanise(enumValue: string): string {
  const text = enumValue.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
