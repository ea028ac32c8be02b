// A small iCalendar (RFC 5545) writer: only what a feed of meetings needs. Pure, so it
// is tested on its own. Times are written in UTC ("Z"), which every client converts to
// the reader's zone; that avoids shipping a VTIMEZONE and cannot go wrong at a clock change.

export type IcsEvent = {
  /** stable per meeting, so a client updates the event rather than adding another */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** rises with each change of the meeting, so clients take the newer copy */
  sequence: number;
  lastModified?: Date | null;
};

export type IcsCalendar = {
  name: string;
  events: readonly IcsEvent[];
  /** DTSTAMP: when this copy of the calendar was produced */
  now: Date;
  /** how often a subscribed client should fetch again, in minutes */
  refreshMinutes?: number;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return (
    value
      // control characters other than tab and line breaks are not allowed in TEXT
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/**
 * Folds a content line so that no line is longer than 75 octets of UTF-8, continuation
 * lines starting with one space (RFC 5545 3.1). A character is never split across lines,
 * so a multi-byte name stays valid UTF-8 on both sides of the fold.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // the first line may carry 75 octets; each continuation carries its leading space
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE-TIME in UTC, e.g. 20260409T090000Z. */
export function formatUtc(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('An iCalendar time must be a valid date');
  return `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`;
}

/** A URI value is not TEXT and is not escaped, so it must not be able to break the line. */
function uri(value: string): string {
  if (/[\s"<>\\^`{|}]/.test(value) || !/^https?:\/\//i.test(value)) throw new RangeError(`Not a URL an iCalendar feed can carry: ${value}`);
  return value;
}

function eventLines(event: IcsEvent, now: Date, people: string[] = []): string[] {
  if (event.end.getTime() < event.start.getTime()) throw new RangeError(`Event ${event.uid} ends before it starts`);
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new RangeError(`Event ${event.uid} has a bad sequence ${event.sequence}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  // a cancelled meeting no longer blocks the reader's time
  lines.push(`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  lines.push(...people);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar: CRLF line endings throughout, every line folded, ending in CRLF. */
export function buildCalendar(calendar: IcsCalendar): string {
  const refresh = calendar.refreshMinutes ?? 60;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tabled//Board meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
    `X-PUBLISHED-TTL:PT${refresh}M`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export type IcsPerson = { name: string; email: string };

export type IcsInvitation = {
  /** REQUEST adds or updates the event in the reader's calendar; CANCEL takes it out */
  method: 'REQUEST' | 'CANCEL';
  event: IcsEvent;
  /** who sends it (the app's mail address, named for the board) */
  organizer: IcsPerson;
  /** the one reader it is addressed to */
  attendee: IcsPerson;
  now: Date;
};

/** A parameter value (CN=...) is quoted, and a quote or a control character cannot appear in it (RFC 5545 3.2). */
const paramValue = (value: string) => `"${value.replace(/["\u0000-\u001f\u007f]/g, '')}"`;

function mailto(email: string): string {
  if (!/^[^\s@"<>]+@[^\s@"<>]+$/.test(email)) throw new RangeError(`Not an address an invitation can carry: ${email}`);
  return `mailto:${email}`;
}

/**
 * One meeting invitation (RFC 5546 iTIP): METHOD:REQUEST to add or update the event, or
 * METHOD:CANCEL to take it out. Calendars match it to the event they hold by UID and take
 * it only if its SEQUENCE is higher, so both must come from the meeting (meetingEvent).
 * Replies are not asked for (RSVP=FALSE): apologies are sent in Tabled, where they count.
 */
export function buildInvitation(invitation: IcsInvitation): string {
  const { method, event, organizer, attendee, now } = invitation;
  if (method === 'CANCEL' && event.status !== 'CANCELLED') throw new RangeError('A cancellation carries a cancelled event');
  const people = [
    `ORGANIZER;CN=${paramValue(organizer.name)}:${mailto(organizer.email)}`,
    `ATTENDEE;CN=${paramValue(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(attendee.email)}`,
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tabled//Board meetings//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...eventLines(event, now, people),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
