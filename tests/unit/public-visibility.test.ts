import { describe, expect, it } from 'vitest';
import {
  agendaPublicFrom,
  isAgendaPublic,
  isPublicPaper,
  publicationDueFrom,
  type AgendaPublication,
  type PaperForPublic,
} from '../../lib/rules/public-visibility';

// Thursday 9 April 2026, 10:00 London (BST): seven days' notice is the end of Thursday
// 2 April, so the agenda goes up by itself at 00:00 London time that day.
const meeting = new Date('2026-04-09T09:00:00Z');
const automatic = new Date('2026-04-01T23:00:00Z');

const agreed = new Date('2026-03-25T10:00:00Z');
const at = (over: Partial<AgendaPublication> = {}): AgendaPublication => ({ startsAt: meeting, publishedAt: null, agendaAgreedAt: agreed, ...over });

describe('publicationDueFrom', () => {
  it('is the start of the last day still on time', () => {
    expect(publicationDueFrom(meeting, 7).toISOString()).toBe(automatic.toISOString());
  });

  it('in winter the London day starts at midnight UTC', () => {
    // Tuesday 13 January 2026 10:00 GMT: deadline day Tuesday 6 January
    expect(publicationDueFrom(new Date('2026-01-13T10:00:00Z'), 7).toISOString()).toBe('2026-01-06T00:00:00.000Z');
  });

  it('across the spring clock change counts London days, not 24-hour periods', () => {
    // Tuesday 31 March 2026 10:00 BST; seven days before is Tuesday 24 March, still GMT
    expect(publicationDueFrom(new Date('2026-03-31T09:00:00Z'), 7).toISOString()).toBe('2026-03-24T00:00:00.000Z');
  });

  it('with no notice at all it is the start of the meeting day', () => {
    expect(publicationDueFrom(meeting, 0).toISOString()).toBe('2026-04-08T23:00:00.000Z');
  });
});

describe('agendaPublicFrom', () => {
  it('an agreed agenda goes up by itself when it is due', () => {
    expect(agendaPublicFrom(at(), 7)).toEqual(automatic);
  });

  it('an agenda agreed after it was due goes up when the Chair agrees it', () => {
    const late = new Date('2026-04-03T16:00:00Z');
    expect(agendaPublicFrom(at({ agendaAgreedAt: late }), 7)).toEqual(late);
  });

  it('a draft the Chair has not agreed never goes up by itself', () => {
    expect(agendaPublicFrom(at({ agendaAgreedAt: null }), 7)).toBeNull();
  });

  it('an administrator publishing earlier brings it forward, agreed or not', () => {
    const early = new Date('2026-03-20T15:00:00Z');
    expect(agendaPublicFrom(at({ publishedAt: early }), 7)).toEqual(early);
    expect(agendaPublicFrom(at({ publishedAt: early, agendaAgreedAt: null }), 7)).toEqual(early);
  });

  it('publishing after an agreed agenda was due cannot hold it back', () => {
    expect(agendaPublicFrom(at({ publishedAt: new Date('2026-04-05T12:00:00Z') }), 7)).toEqual(automatic);
  });
});

describe('isAgendaPublic', () => {
  it('is not public a millisecond before, and is public from the moment', () => {
    expect(isAgendaPublic(at(), 7, new Date(automatic.getTime() - 1))).toBe(false);
    expect(isAgendaPublic(at(), 7, automatic)).toBe(true);
  });

  it('an unagreed draft stays off the public page up to the meeting, unless published', () => {
    expect(isAgendaPublic(at({ agendaAgreedAt: null }), 7, new Date('2026-04-09T08:59:00Z'))).toBe(false);
    expect(isAgendaPublic(at({ agendaAgreedAt: null, publishedAt: new Date('2026-04-06T10:00:00Z') }), 7, new Date('2026-04-06T10:00:00Z'))).toBe(true);
  });

  it('is public once published, however far ahead', () => {
    expect(isAgendaPublic(at({ publishedAt: new Date('2026-03-01T10:00:00Z') }), 7, new Date('2026-03-02T10:00:00Z'))).toBe(true);
    // a publication time in the future has not happened yet
    expect(isAgendaPublic(at({ publishedAt: new Date('2026-03-05T10:00:00Z') }), 7, new Date('2026-03-02T10:00:00Z'))).toBe(false);
  });
});

describe('isPublicPaper', () => {
  const paper = (p: Partial<PaperForPublic>): PaperForPublic => ({ marking: 'PUBLIC', status: 'CIRCULATED', isLate: false, lateAcceptedAt: null, ...p });

  it('shows a circulated paper marked PUBLIC', () => {
    expect(isPublicPaper(paper({}))).toBe(true);
  });

  it('never shows OFFICIAL or OFFICIAL-SENSITIVE, whatever else is true', () => {
    for (const marking of ['OFFICIAL', 'OFFICIAL_SENSITIVE'] as const) {
      expect(isPublicPaper(paper({ marking }))).toBe(false);
      expect(isPublicPaper(paper({ marking, isLate: true, lateAcceptedAt: new Date() }))).toBe(false);
    }
  });

  it('does not show drafts or withdrawn papers', () => {
    expect(isPublicPaper(paper({ status: 'DRAFT' }))).toBe(false);
    expect(isPublicPaper(paper({ status: 'WITHDRAWN' }))).toBe(false);
  });

  it('shows a late paper only once the Chair has accepted it', () => {
    expect(isPublicPaper(paper({ isLate: true }))).toBe(false);
    expect(isPublicPaper(paper({ isLate: true, lateAcceptedAt: new Date('2026-04-06T10:00:00Z') }))).toBe(true);
  });
});
