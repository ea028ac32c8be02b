import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, formatUtc, type IcsEvent } from '../../lib/calendar/ics';
import { events, parseStrict, prop, unescapeText } from './ics-strict';

const now = new Date('2026-03-20T12:00:00Z');
const event = (e: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'meeting-1@tabled',
  start: new Date('2026-04-09T09:00:00Z'),
  end: new Date('2026-04-09T11:00:00Z'),
  summary: "Children's Services Improvement Board",
  location: 'Council House, Committee Room 2',
  description: 'Agenda and papers: see the meeting page',
  url: 'https://tabled.example/northbridge/boards/improvement-board/meetings/1',
  status: 'CONFIRMED',
  sequence: 3,
  ...e,
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters that TEXT may not carry', () => {
    expect(escapeText('bell\u0007 and null\u0000 gone, tab\tkept')).toBe('bell and null gone\\, tab\tkept');
  });

  it('round-trips through the strict reader', () => {
    const nasty = 'Room 2; Council House, Northbridge\\East\nsecond line';
    expect(unescapeText(escapeText(nasty))).toBe(nasty);
  });
});

describe('foldLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with CRLF and one leading space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts[0]).toHaveLength(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    // 'é' is two octets, '📅' four: place them across the 75-octet boundary
    for (const filler of [72, 73, 74]) {
      const line = `SUMMARY:${'a'.repeat(filler - 8)}é📅é📅 Réunion du conseil`;
      const parts = foldLine(line).split('\r\n');
      for (const part of parts) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        // a split character would not survive a round trip through UTF-8
        expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
      }
      expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    }
  });
});

describe('formatUtc', () => {
  it('writes UTC date-times with Z', () => {
    expect(formatUtc(new Date('2026-04-09T09:05:07.900Z'))).toBe('20260409T090507Z');
  });

  it('refuses an invalid date', () => {
    expect(() => formatUtc(new Date('nope'))).toThrow(RangeError);
  });
});

describe('buildCalendar', () => {
  it('writes a calendar the strict reader accepts, with CRLF throughout', () => {
    const ics = buildCalendar({ name: 'My board meetings', now, events: [event()] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const cal = parseStrict(ics);
    expect(prop(cal, 'VERSION')).toBe('2.0');
    expect(prop(cal, 'PRODID')).toBe('-//Tabled//Board meetings//EN');
    const [e] = events(cal);
    expect(e).toBeDefined();
    expect(prop(e!, 'UID')).toBe('meeting-1@tabled');
    expect(prop(e!, 'DTSTART')).toBe('20260409T090000Z');
    expect(prop(e!, 'DTEND')).toBe('20260409T110000Z');
    expect(prop(e!, 'DTSTAMP')).toBe('20260320T120000Z');
    expect(prop(e!, 'SEQUENCE')).toBe('3');
    expect(prop(e!, 'STATUS')).toBe('CONFIRMED');
    expect(prop(e!, 'SUMMARY')).toBe("Children's Services Improvement Board");
    expect(prop(e!, 'LOCATION')).toBe('Council House, Committee Room 2');
  });

  it('marks a cancelled meeting cancelled and free time', () => {
    const cal = parseStrict(buildCalendar({ name: 'x', now, events: [event({ status: 'CANCELLED' })] }));
    const [e] = events(cal);
    expect(prop(e!, 'STATUS')).toBe('CANCELLED');
    expect(prop(e!, 'TRANSP')).toBe('TRANSPARENT');
  });

  it('keeps long, punctuated, multi-line and non-ASCII text intact', () => {
    const description = `Board: Children's Services Improvement Board; council: Northbridge, England\nJoin online: https://meet.example/a,b;c\n${'Long text '.repeat(30)}— Réunion 📅`;
    const cal = parseStrict(
      buildCalendar({ name: 'Meetings, mine; all', now, events: [event({ description, location: 'Room 2; Council House, Northbridge' })] }),
    );
    const [e] = events(cal);
    expect(prop(cal, 'X-WR-CALNAME')).toBe('Meetings, mine; all');
    expect(prop(e!, 'DESCRIPTION')).toBe(description);
    expect(prop(e!, 'LOCATION')).toBe('Room 2; Council House, Northbridge');
  });

  it('refuses a URL that could break out of its line', () => {
    expect(() => buildCalendar({ name: 'x', now, events: [event({ url: 'https://x.example/a\r\nATTENDEE:evil' })] })).toThrow(RangeError);
    expect(() => buildCalendar({ name: 'x', now, events: [event({ url: 'javascript:alert(1)' })] })).toThrow(RangeError);
  });

  it('refuses an event that ends before it starts, or a negative sequence', () => {
    expect(() => buildCalendar({ name: 'x', now, events: [event({ end: new Date('2026-04-09T08:00:00Z') })] })).toThrow(RangeError);
    expect(() => buildCalendar({ name: 'x', now, events: [event({ sequence: -1 })] })).toThrow(RangeError);
  });

  it('writes an empty calendar when there is nothing to show', () => {
    const cal = parseStrict(buildCalendar({ name: 'Nothing', now, events: [] }));
    expect(events(cal)).toHaveLength(0);
  });

  it('parses with ical.js, a real iCalendar parser, to the same events', () => {
    const description = 'Agenda; papers, and a link\nhttps://meet.example/x';
    const ics = buildCalendar({
      name: 'My board meetings',
      now,
      events: [event({ description }), event({ uid: 'meeting-2@tabled', status: 'CANCELLED', summary: 'Cancelled: Deep dive, placements', sequence: 5 })],
    });
    const component = new ICAL.Component(ICAL.parse(ics));
    const vevents = component.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const first = new ICAL.Event(vevents[0]);
    expect(first.uid).toBe('meeting-1@tabled');
    expect(first.summary).toBe("Children's Services Improvement Board");
    expect(first.location).toBe('Council House, Committee Room 2');
    expect(first.description).toBe(description);
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-04-09T09:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2026-04-09T11:00:00.000Z');
    expect(first.sequence).toBe(3);
    const second = new ICAL.Event(vevents[1]);
    expect(second.summary).toBe('Cancelled: Deep dive, placements');
    expect(vevents[1]!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(second.sequence).toBe(5);
  });
});
