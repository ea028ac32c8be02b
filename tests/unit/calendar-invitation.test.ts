import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInvitation, type IcsEvent } from '@/lib/calendar/ics';
import { addressOf } from '@/lib/meetings/invitations';

const event: IcsEvent = {
  uid: 'meeting-1@tabled',
  start: new Date('2026-04-09T09:00:00Z'),
  end: new Date('2026-04-09T11:00:00Z'),
  summary: 'Improvement Board',
  location: 'Council House, Room 2',
  status: 'CONFIRMED',
  sequence: 3,
  url: 'https://tabled.example/c/boards/ib/meetings/1',
};
const organizer = { name: 'Improvement Board, Northbridge Council', email: 'no-reply@tabled.example' };
const attendee = { name: 'Sam "the member" Patel', email: 'sam@northbridge.example' };
const now = new Date('2026-03-20T12:00:00Z');

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
};

describe('a meeting invitation (iTIP)', () => {
  it('asks the calendar to add the event: METHOD:REQUEST, its UID and SEQUENCE, the organiser and the one attendee', () => {
    const ics = buildInvitation({ method: 'REQUEST', event, organizer, attendee, now });
    const { calendar, event: parsed } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(parsed.uid).toBe('meeting-1@tabled');
    expect(parsed.sequence).toBe(3);
    expect(parsed.startDate.toJSDate()).toEqual(event.start);
    expect(parsed.organizer).toBe('mailto:no-reply@tabled.example');
    const attendees = parsed.attendees;
    expect(attendees).toHaveLength(1);
    expect(attendees[0]!.getFirstValue()).toBe('mailto:sam@northbridge.example');
    // a quote cannot end the quoted name early
    expect(attendees[0]!.getParameter('cn')).toBe('Sam the member Patel');
    expect(attendees[0]!.getParameter('rsvp')).toBe('FALSE');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('takes it out with METHOD:CANCEL, which needs the event cancelled', () => {
    const cancelled = { ...event, status: 'CANCELLED' as const, sequence: 4 };
    const { calendar, event: parsed } = parse(buildInvitation({ method: 'CANCEL', event: cancelled, organizer, attendee, now }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(parsed.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parsed.sequence).toBe(4);
    expect(() => buildInvitation({ method: 'CANCEL', event, organizer, attendee, now })).toThrow(RangeError);
  });

  it('refuses an address that could break the line', () => {
    expect(() => buildInvitation({ method: 'REQUEST', event, organizer, attendee: { name: 'X', email: 'x@y.example\r\nATTENDEE:mailto:z@z' }, now })).toThrow(
      RangeError,
    );
  });

  it('the organiser is the mail address the app sends from', () => {
    expect(addressOf('Tabled <no-reply@tabled.example>')).toBe('no-reply@tabled.example');
    expect(addressOf('board@council.example')).toBe('board@council.example');
  });
});
