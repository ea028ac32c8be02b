import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { label, labelInSentence, labels, labelOptions } from '@/lib/labels';
import { formatClock, formatDateTime, formatShortDate, formatLongDate, formatTime, formatApproval } from '@/lib/format';

const schema = readdirSync('prisma/schema')
  .filter((f) => f.endsWith('.prisma'))
  .map((f) => readFileSync(join('prisma/schema', f), 'utf8'))
  .join('\n');
const enums = new Map([...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [m[1]!, m[2]!.split(/\s+/).filter((w) => /^[A-Z_]+$/.test(w))]));

describe('one label map per status', () => {
  // Each map is named after its Prisma enum (riskStatus ↔ RiskStatus); mailKind is the one
  // map over a string column rather than an enum.
  const pairs = (Object.keys(labels) as (keyof typeof labels)[])
    .filter((kind) => kind !== 'mailKind')
    .map((kind): [keyof typeof labels, string] => [kind, kind.charAt(0).toUpperCase() + kind.slice(1)]);
  it.each(pairs)('%s has words for every value of the %s enum', (kind, enumName) => {
    const values = enums.get(enumName);
    expect(values, enumName).toBeDefined();
    expect(Object.keys(labels[kind]).sort()).toEqual([...values!].sort());
  });

  it('covers the statuses every page and export shows', () => {
    for (const name of [
      'MinutesStatus',
      'TermsStatus',
      'MeetingStatus',
      'MeetingKind',
      'BoardStatus',
      'BoardKind',
      'ActionStatus',
      'RiskStatus',
      'PlanStatus',
      'PlanActionStatus',
      'PaperStatus',
      'AttendanceStatus',
      'SeatRole',
      'BoardAccessRole',
      'CouncilRole',
      'ProtectiveMarking',
      'ItemPurpose',
      'ReportingBody',
    ]) {
      expect(
        pairs.map(([, e]) => e),
        name,
      ).toContain(name);
    }
  });

  it('has words for every kind of mail the app sends', () => {
    const sources = readdirSync('lib', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join('lib', f), 'utf8'));
    const kinds = new Set(sources.flatMap((src) => [...src.matchAll(/enqueueMail\([^{]*\{[^}]*?kind: '([^']+)'/g)].map((m) => m[1]!)));
    expect(kinds.size).toBeGreaterThan(5);
    expect([...kinds].filter((k) => !(k in labels.mailKind))).toEqual([]);
  });

  it('no longer turns enum values into words by rule (one map, one wording)', async () => {
    expect('humanise' in (await import('@/lib/format'))).toBe(false);
  });

  it('uses one spelling for the same idea everywhere', () => {
    expect(label('minutesStatus', 'SENT_TO_CHAIR')).toBe('With the Chair');
    expect(label('actionStatus', 'AWAITING_SIGN_OFF')).toBe('Awaiting sign-off');
    expect(label('planActionStatus', 'AWAITING_SIGN_OFF')).toBe('Awaiting sign-off');
    expect(label('boardKind', 'CHILDRENS_TRUST')).toBe('Children’s trust');
    expect(labelInSentence('seatRole', 'MEMBER')).toBe('board member');
    expect(labelInSentence('seatRole', 'VICE_CHAIR')).toBe('Vice-Chair');
    expect(labelInSentence('boardStatus', 'DISSOLVED')).toBe('dissolved');
    expect(labelInSentence('protectiveMarking', 'OFFICIAL_SENSITIVE')).toBe('OFFICIAL-SENSITIVE');
    expect(labelInSentence('reportingBody', 'DFE')).toBe('Department for Education');
    const all = Object.values(labels).flatMap((m) => Object.values(m));
    expect(all.filter((w) => /sign off|Sent to chair|Childrens/.test(w))).toEqual([]);
  });

  it('shows an unknown value as it is and gives options in order', () => {
    expect(label('riskStatus', 'SOMETHING')).toBe('SOMETHING');
    expect(labelOptions('riskStatus', ['OPEN', 'CLOSED'])).toEqual([
      { value: 'OPEN', label: 'Open' },
      { value: 'CLOSED', label: 'Closed' },
    ]);
  });
});

describe('dates and times as GOV.UK writes them', () => {
  const winter = new Date('2026-12-02T10:00:00Z'); // Wednesday, GMT
  const summer = new Date('2026-07-01T13:30:00Z'); // 14:30 BST
  it('writes dates long in prose and short in tables', () => {
    expect(formatLongDate(winter)).toBe('Wednesday 2 December 2026');
    expect(formatShortDate(winter)).toBe('2 Dec 2026');
  });
  it('writes times as 10am and 2:30pm, in London time, never 00:00', () => {
    expect(formatTime(winter)).toBe('10am');
    expect(formatTime(summer)).toBe('2:30pm');
    expect(formatTime(new Date('2026-12-02T00:00:00Z'))).toBe('midnight');
    expect(formatTime(new Date('2026-12-02T12:00:00Z'))).toBe('midday');
    expect(formatClock('09:05')).toBe('9:05am');
    expect(formatClock('23:59')).toBe('11:59pm');
    expect(formatDateTime(winter)).toBe('Wednesday 2 December 2026 at 10am');
  });
  it('says who approved and when', () => {
    expect(formatApproval('Jo Bloggs', winter)).toBe('Approved by Jo Bloggs, on Wednesday 2 December 2026 at 10am');
  });
});
