import { describe, expect, it } from 'vitest';
import { attendanceClash, historicalDateRefusal, nameList } from '../../lib/rules/board-history';
import { suggestLogMapping, type LogMapping } from '../../lib/action-log/import/fields';
import { validateLogImport, type LogImportKnowledge } from '../../lib/action-log/import/validate';
import type { LondonDay } from '../../lib/rules/london-calendar';

describe('a historical meeting', () => {
  it('must have been held before today, and no earlier than 2000', () => {
    expect(historicalDateRefusal('2025-03-14', '2026-12-04')).toBeNull();
    expect(historicalDateRefusal('2026-12-03', '2026-12-04')).toBeNull();
    expect(historicalDateRefusal('2026-12-04', '2026-12-04')).toMatch(/before today/);
    expect(historicalDateRefusal('2027-01-05', '2026-12-04')).toMatch(/before today/);
    expect(historicalDateRefusal('1999-12-31', '2026-12-04')).toMatch(/2000 or later/);
    expect(historicalDateRefusal('2000-01-01', '2026-12-04')).toBeNull();
  });

  it('keeps names one a line or separated by semicolons, without blanks or repeats', () => {
    expect(nameList('Alex Carter\n\n  Sam   Patel ; alex carter;Jo Reed\n')).toEqual(['Alex Carter', 'Sam Patel', 'Jo Reed']);
    expect(nameList(null)).toEqual([]);
  });

  it('lists a person once: present, apologies or absent', () => {
    expect(attendanceClash({ present: ['Alex Carter'], apologies: ['Sam Patel'], absent: [] })).toBeNull();
    expect(attendanceClash({ present: ['Alex Carter'], apologies: ['alex carter'], absent: [] })).toBe('alex carter');
  });
});

const headers = ['Ref', 'Action', 'Owner', 'Due date', 'Revised date', 'Date agreed', 'Status', 'Progress', 'Date raised', 'Signed off'];
const knowledge: LogImportKnowledge = {
  existingReferences: ['IB-2026-001'],
  seats: [{ id: 'seat-dcs', name: 'Robin Hale', position: 'Director of Children’s Services' }],
  meetings: [
    { id: 'm-jan', day: '2025-01-15' as LondonDay, title: 'Improvement Board', historical: true },
    { id: 'm-mar', day: '2025-03-12' as LondonDay, title: 'Improvement Board', historical: true },
  ],
  today: '2026-12-04',
};
const check = (rows: string[][], mapping: LogMapping = suggestLogMapping(headers)) => validateLogImport({ headers, rows }, mapping, knowledge);

describe('the action log import', () => {
  it('guesses the mapping from common headings', () => {
    expect(suggestLogMapping(headers)).toEqual({
      reference: 0,
      description: 1,
      owner: 2,
      dueOn: 3,
      revisedDueOn: 4,
      revisedAgreedOn: 5,
      status: 6,
      progress: 7,
      raisedOn: 8,
      signedOffOn: 9,
    });
  });

  it('reads a row with its history: 15/1/2025 is 15 January 2025; owners match seats; sign-offs and agreements link to the meeting that day', () => {
    const preview = check([
      ['OLD-7', 'Audit case files', 'Robin Hale', '15/1/2025', '31/3/2025', '15/01/2025', 'Closed', 'Done in March', '2024-11-20', '12/3/2025'],
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]!.action).toEqual({
      reference: 'OLD-7',
      description: 'Audit case files',
      ownerSeatId: 'seat-dcs',
      ownerAgency: null,
      dueOn: '2025-01-15',
      revision: { dueOn: '2025-03-31', agreedOn: '2025-01-15', meetingId: 'm-jan' },
      status: 'CLOSED',
      progress: 'Done in March',
      raisedOn: '2024-11-20',
      raisedAtMeetingId: null,
      signedOff: { on: '2025-03-12', meetingId: 'm-mar' },
    });
    expect(preview.rows[0]!.shown).toMatchObject({ dueOn: '15/01/2025', status: 'Closed', signedOffOn: '12/03/2025 at Improvement Board (historical record)' });
  });

  it('draws a reference where none is given, keeps an agency owner as text, and leaves an unagreed revision waiting', () => {
    const preview = check([['', 'Refresh the QA framework', 'Lancashire Police', '2025-06-30', '2025-09-30', '', 'In progress', '', '', '']]);
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]!.action).toMatchObject({
      reference: null,
      ownerSeatId: null,
      ownerAgency: 'Lancashire Police',
      status: 'IN_PROGRESS',
      revision: { dueOn: '2025-09-30', agreedOn: null, meetingId: null },
      signedOff: null,
    });
    expect(preview.rows[0]!.shown?.reference).toBe('Drawn on import');
  });

  it('reports every problem by row and column, never dropping a date it cannot read', () => {
    const preview = check([
      ['IB-2026-001', 'Clash with the log', '', '1/1/2025', '', '', '', '', '', ''],
      ['A1', 'Bad date', '', '31/02/2025', '', '', '', '', '', ''],
      ['A1', 'Unknown status', '', '1/1/2025', '', '', 'Amber-ish', '', '', ''],
      ['A2', 'Closed without a date', '', '1/1/2025', '', '', 'Closed', '', '', ''],
      ['A3', 'Signed off in the future', '', '1/1/2025', '', '', '', '', '', '1/1/2027'],
      ['A4', '', '', '', '', '3/3/2025', '', '', '', ''],
    ]);
    const at = (row: number) => preview.problems.filter((p) => p.row === row).map((p) => `${p.column}: ${p.message}`);
    expect(at(2)).toEqual([expect.stringMatching(/^Ref: The action log already has an action IB-2026-001/)]);
    expect(at(3)).toEqual([expect.stringMatching(/^Due date: "31\/02\/2025" is not a date/)]);
    expect(at(4)).toEqual([expect.stringMatching(/also used in row 3/), expect.stringMatching(/^Status: "Amber-ish" is not a status/)]);
    expect(at(5)).toEqual([expect.stringMatching(/^Signed off: .*enter the date the board signed it off/)]);
    expect(at(6)).toEqual([expect.stringMatching(/^Signed off: .*is after today/)]);
    expect(at(7)).toEqual([
      expect.stringMatching(/^Action: Enter what the action is/),
      expect.stringMatching(/^Due date: Enter the original due date/),
      expect.stringMatching(/^Date agreed: .*gives no revised due date/),
    ]);
    expect(preview.rows.every((r) => r.action === null)).toBe(true);
  });
});
