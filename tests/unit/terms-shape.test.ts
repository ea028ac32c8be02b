import { describe, expect, it } from 'vitest';
import { approvalDayClash, closeGaps, historicalNumberProblem, isNewestApproved, listItems, moveSection, printedBody } from '@/lib/rules/terms-shape';
import { displayLabel, versionInSentence } from '@/lib/terms/numbering';
import { emptySections } from '@/lib/terms/sections';
import { approvedLine, renderTermsPdf, statusWords } from '@/lib/terms/pdf';

describe('numbered lists', () => {
  it('drops the numbers people typed (digits, numerals, bullets) and blank lines: the list numbers itself', () => {
    expect(listItems('I. Endorse the plan.\n2. Any formal decisions.\n\n- Oversee\n10) Promote\nII. Receive assurance\n• Agree')).toEqual([
      'Endorse the plan.',
      'Any formal decisions.',
      'Oversee',
      'Promote',
      'Receive assurance',
      'Agree',
    ]);
  });

  it('keeps words that merely start like a numeral', () => {
    expect(listItems('Invite partners\nCivic duties')).toEqual(['Invite partners', 'Civic duties']);
  });

  it('prints a list with its numbers and paragraphs as typed', () => {
    expect(printedBody({ body: 'I. One\n2. Two', format: 'NUMBERED_LIST' })).toBe('1. One\n2. Two');
    expect(printedBody({ body: 'I. One\n2. Two', format: 'PARAGRAPHS' })).toBe('I. One\n2. Two');
    expect(printedBody({ body: 'Text' })).toBe('Text');
  });

  it('counts a list with no items as empty', () => {
    expect(emptySections([{ heading: 'Responsibilities', body: '1.\n2. ', format: 'NUMBERED_LIST' }])).toEqual(['Responsibilities']);
    expect(emptySections([{ heading: 'Purpose', body: 'To oversee.' }])).toEqual([]);
  });
});

describe('moving and removing sections', () => {
  const sections = [
    { id: 'a', position: 1 },
    { id: 'b', position: 2 },
    { id: 'c', position: 3 },
  ];
  it('moves a section one place and renumbers from 1', () => {
    expect(moveSection(sections, 'c', 'up')?.map((s) => `${s.id}${s.position}`)).toEqual(['a1', 'c2', 'b3']);
    expect(moveSection(sections, 'a', 'down')?.map((s) => `${s.id}${s.position}`)).toEqual(['b1', 'a2', 'c3']);
  });
  it('answers null at either end, or for a section not there', () => {
    expect(moveSection(sections, 'a', 'up')).toBeNull();
    expect(moveSection(sections, 'c', 'down')).toBeNull();
    expect(moveSection(sections, 'z', 'up')).toBeNull();
  });
  it('closes the gap a removed section leaves', () => {
    expect(closeGaps([sections[0]!, sections[2]!]).map((s) => s.position)).toEqual([1, 2]);
  });
});

describe('past versions', () => {
  const v = (major: number, minor: number, historical: boolean) => ({ major, minor, historical });
  it('go before every version drafted here, and never reuse a number', () => {
    expect(historicalNumberProblem({ major: 1, minor: 0 }, [])).toBeNull();
    expect(historicalNumberProblem({ major: 1, minor: 0 }, [v(2, 0, true)])).toBeNull();
    expect(historicalNumberProblem({ major: 2, minor: 0 }, [v(2, 0, true)])).toMatch(/already has a version with that number/);
    expect(historicalNumberProblem({ major: 2, minor: 0 }, [v(2, 1, false)])).toBeNull();
    expect(historicalNumberProblem({ major: 2, minor: 1 }, [v(2, 1, false), v(3, 0, false)])).toMatch(/already has/);
    expect(historicalNumberProblem({ major: 3, minor: 0 }, [v(2, 1, false)])).toMatch(/before the versions drafted here \(the earliest is 2\.1\)/);
  });
  it('is in force when it is the newest approved version', () => {
    expect(isNewestApproved({ major: 2, minor: 0 }, [{ major: 1, minor: 0 }])).toBe(true);
    expect(isNewestApproved({ major: 1, minor: 0 }, [{ major: 2, minor: 0 }])).toBe(false);
    expect(isNewestApproved({ major: 1, minor: 0 }, [])).toBe(true);
  });
});

describe('labels and approval lines', () => {
  it('shows the board’s own label, or the number', () => {
    expect(displayLabel({ major: 0, minor: 2, label: 'V0.2 draft' })).toBe('V0.2 draft');
    expect(displayLabel({ major: 3, minor: 0, label: null })).toBe('Version 3');
    expect(versionInSentence({ major: 3, minor: 1 })).toBe('version 3.1');
  });
  it('says who approved: a named body with its reference, or the Chair', () => {
    const approvedAt = new Date('2024-03-21T00:00:00Z');
    expect(approvedLine({ approvedAt, approvedBy: null, approvedByBody: 'Full Council', approvalReference: 'Minute 45' })).toBe(
      'Approved by Full Council on Thursday 21 March 2024 (Minute 45).',
    );
    expect(approvedLine({ approvedAt, approvedBy: 'Theresa Leavy', approvedByBody: null, approvalReference: null })).toBe(
      'Approved by the Chair, Theresa Leavy, on Thursday 21 March 2024.',
    );
    expect(statusWords({ status: 'APPROVED', approvedByBody: 'Full Council', historical: false })).toBe('Approved');
    expect(statusWords({ status: 'SUPERSEDED', approvedByBody: null, historical: true })).toBe('Superseded (historical record)');
  });
});

describe('the PDF', () => {
  it('draws a numbered list as a tagged list', async () => {
    const pdf = await renderTermsPdf({
      councilName: 'Plymouth City Council',
      boardName: 'Improvement Board',
      shown: 'Version 3',
      status: 'APPROVED',
      historical: false,
      approvedBy: 'Theresa Leavy',
      approvedByBody: null,
      approvalReference: null,
      approvalNote: null,
      agreedOn: null,
      approvedAt: new Date('2024-03-21T12:00:00Z'),
      approvedHash: null,
      agreedAt: null,
      reviewOn: null,
      sections: [{ heading: 'Responsibilities', body: 'I. Endorse\n2. Oversee', format: 'NUMBERED_LIST' }],
    });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toMatch(/\/S \/L\b/);
    expect(text).toMatch(/\/S \/LI\b/);
  });
});

describe('approval days follow the numbering', () => {
  const approved = [
    { major: 1, minor: 0, approvedOn: '2023-03-15' },
    { major: 2, minor: 0, approvedOn: '2023-09-14' },
  ];
  it('lets a version be approved between its neighbours, or on the same day', () => {
    expect(approvalDayClash({ major: 3, minor: 0 }, '2024-03-21', approved)).toBeNull();
    expect(approvalDayClash({ major: 1, minor: 5 }, '2023-06-01', approved)).toBeNull();
    expect(approvalDayClash({ major: 3, minor: 0 }, '2023-09-14', approved)).toBeNull();
    expect(approvalDayClash({ major: 0, minor: 5 }, '2022-01-01', approved)).toBeNull();
  });
  it('names the version that makes the day impossible', () => {
    expect(approvalDayClash({ major: 3, minor: 0 }, '2023-01-01', approved)).toEqual({ version: approved[1], side: 'before' });
    expect(approvalDayClash({ major: 0, minor: 5 }, '2023-04-01', approved)).toEqual({ version: approved[0], side: 'after' });
  });
});
