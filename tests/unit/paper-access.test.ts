import { describe, expect, it } from 'vitest';
import { awaitingChairConsent, mayListPaper, mayOpenPaper, mayOpenVersion, paperReader, reachesAgenda, type PaperState } from '../../lib/rules/paper-access';

const paper = (over: Partial<PaperState> = {}): PaperState => ({ status: 'CIRCULATED', marking: 'OFFICIAL', isLate: false, lateAcceptedAt: null, ...over });
const lateWaiting = paper({ isLate: true });
const lateAccepted = paper({ isLate: true, lateAcceptedAt: new Date('2026-03-02T10:00:00Z') });
const sensitive = paper({ marking: 'OFFICIAL_SENSITIVE' });
const draft = paper({ status: 'DRAFT' });

describe("who reads a meeting's papers", () => {
  it('ranks the roles a person holds on the board', () => {
    expect(paperReader(['MEMBER', 'ADMINISTRATOR'], false)).toBe('administrator');
    expect(paperReader(['CHAIR', 'MEMBER'], false)).toBe('chair');
    expect(paperReader(['MEMBER'], false)).toBe('member');
    expect(paperReader(['ATTENDEE'], false)).toBe('attendee');
    expect(paperReader(['OBSERVER'], false)).toBeNull();
  });

  it('gives a substitute the papers only for a meeting they stand in at', () => {
    expect(paperReader(['SUBSTITUTE'], true)).toBe('member');
    expect(paperReader(['SUBSTITUTE'], false)).toBeNull();
    expect(mayOpenPaper(paperReader(['SUBSTITUTE'], false), paper())).toBe(false);
    expect(mayOpenPaper(paperReader(['SUBSTITUTE'], true), sensitive)).toBe(true);
  });
});

describe('late papers', () => {
  it('are kept and flagged, off the agenda until the Chair accepts them', () => {
    expect(awaitingChairConsent(lateWaiting)).toBe(true);
    expect(reachesAgenda(lateWaiting)).toBe(false);
    expect(reachesAgenda(lateAccepted)).toBe(true);
    expect(awaitingChairConsent(lateAccepted)).toBe(false);
  });

  it('are listed for members (flagged) but open only for the Chair and administrators before consent', () => {
    expect(mayListPaper('member', lateWaiting)).toBe(true);
    expect(mayOpenPaper('member', lateWaiting)).toBe(false);
    expect(mayOpenPaper('attendee', lateWaiting)).toBe(false);
    expect(mayOpenPaper('chair', lateWaiting)).toBe(true);
    expect(mayOpenPaper('administrator', lateWaiting)).toBe(true);
    expect(mayOpenPaper('member', lateAccepted)).toBe(true);
  });
});

describe('markings and drafts', () => {
  it('keeps OFFICIAL-SENSITIVE papers from attendees', () => {
    expect(mayListPaper('attendee', sensitive)).toBe(false);
    expect(mayOpenPaper('attendee', sensitive)).toBe(false);
    expect(mayOpenPaper('member', sensitive)).toBe(true);
    expect(mayOpenPaper('chair', sensitive)).toBe(true);
    expect(mayOpenPaper('attendee', paper({ marking: 'PUBLIC' }))).toBe(true);
  });

  it('shows drafts to administrators only', () => {
    expect(mayListPaper('administrator', draft)).toBe(true);
    for (const reader of ['chair', 'member', 'attendee'] as const) {
      expect(mayListPaper(reader, draft)).toBe(false);
      expect(mayOpenPaper(reader, draft)).toBe(false);
    }
  });

  it('gives readers the versions that were circulated, not a revision still waiting', () => {
    const circulatedAt = new Date('2026-03-01T12:00:00Z');
    const p = { ...paper(), circulatedAt };
    expect(mayOpenVersion('member', p, new Date('2026-03-01T11:00:00Z'))).toBe(true);
    expect(mayOpenVersion('member', p, circulatedAt)).toBe(true);
    expect(mayOpenVersion('member', p, new Date('2026-03-01T12:00:00.001Z'))).toBe(false);
    expect(mayOpenVersion('administrator', p, new Date('2026-03-05T00:00:00Z'))).toBe(true);
  });
});
