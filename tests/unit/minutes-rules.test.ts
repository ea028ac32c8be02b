import crypto from 'node:crypto';
import { minutesApprovalLines, renderMinutesPdf } from '../../lib/minutes/pdf';
import { describe, expect, it } from 'vitest';
import {
  canCorrectMinutes,
  canonicalMinutesText,
  mayReadMinutesVersion,
  distributionDueOn,
  distributionState,
  isEditableMinutes,
  isSignedMinutes,
  minutesHash,
  nextMinutesStatus,
  type MinutesStatus,
  type MinutesText,
} from '../../lib/rules/minutes';

const all: MinutesStatus[] = ['DRAFT', 'SENT_TO_CHAIR', 'RETURNED', 'APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED'];

describe('the minutes workflow', () => {
  it('follows draft, sent to the Chair, approved or returned, distributed, confirmed', () => {
    expect(nextMinutesStatus('DRAFT', 'send')).toBe('SENT_TO_CHAIR');
    expect(nextMinutesStatus('RETURNED', 'send')).toBe('SENT_TO_CHAIR');
    expect(nextMinutesStatus('SENT_TO_CHAIR', 'approve')).toBe('APPROVED');
    expect(nextMinutesStatus('SENT_TO_CHAIR', 'return')).toBe('RETURNED');
    expect(nextMinutesStatus('APPROVED', 'distribute')).toBe('DISTRIBUTED');
    expect(nextMinutesStatus('DISTRIBUTED', 'confirm')).toBe('CONFIRMED');
  });

  it('refuses every other step', () => {
    const open: Record<string, MinutesStatus[]> = {
      send: ['DRAFT', 'RETURNED'],
      approve: ['SENT_TO_CHAIR'],
      return: ['SENT_TO_CHAIR'],
      distribute: ['APPROVED'],
      confirm: ['DISTRIBUTED'],
      supersede: ['APPROVED', 'DISTRIBUTED', 'CONFIRMED'],
    };
    for (const [step, from] of Object.entries(open)) {
      for (const status of all) {
        const next = nextMinutesStatus(status, step as never);
        if (from.includes(status)) expect(next, `${step} from ${status}`).not.toBeNull();
        else expect(next, `${step} from ${status}`).toBeNull();
      }
    }
    // the Chair cannot approve a draft that was never sent, nor approve twice
    expect(nextMinutesStatus('DRAFT', 'approve')).toBeNull();
    expect(nextMinutesStatus('APPROVED', 'approve')).toBeNull();
    // distribution needs the Chair's approval first
    expect(nextMinutesStatus('SENT_TO_CHAIR', 'distribute')).toBeNull();
  });

  it('lets only drafts and returned drafts be edited, and fixes signed versions', () => {
    expect(all.filter(isEditableMinutes)).toEqual(['DRAFT', 'RETURNED']);
    expect(all.filter(isSignedMinutes)).toEqual(['APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED']);
    expect(all.filter(canCorrectMinutes)).toEqual(['DISTRIBUTED', 'CONFIRMED']);
  });
});

describe('the distribution deadline', () => {
  it('is seven London days after the meeting ends by default', () => {
    // Tuesday 10 March 2026, 12:00 GMT
    expect(distributionDueOn(new Date('2026-03-10T12:00:00Z'), 7)).toBe('2026-03-17');
    expect(distributionDueOn(new Date('2026-03-10T12:00:00Z'), 3)).toBe('2026-03-13');
  });

  it('counts from the London day, across the clock change and midnight', () => {
    // 23:30Z on 30 June is 00:30 on 1 July in London (BST)
    expect(distributionDueOn(new Date('2026-06-30T23:30:00Z'), 7)).toBe('2026-07-08');
    // a meeting on the Friday before the clocks go forward (27 March 2026)
    expect(distributionDueOn(new Date('2026-03-27T17:00:00Z'), 7)).toBe('2026-04-03');
  });

  const ends = new Date('2026-03-10T12:00:00Z');
  it('is due until the end of the due day, then overdue', () => {
    expect(distributionState({ meetingEndsAt: ends, days: 7, distributedAt: null, now: new Date('2026-03-12T09:00:00Z') })).toEqual({
      kind: 'due',
      dueOn: '2026-03-17',
      daysLeft: 5,
    });
    expect(distributionState({ meetingEndsAt: ends, days: 7, distributedAt: null, now: new Date('2026-03-17T23:59:00Z') })).toMatchObject({
      kind: 'due',
      daysLeft: 0,
    });
    expect(distributionState({ meetingEndsAt: ends, days: 7, distributedAt: null, now: new Date('2026-03-18T00:00:00Z') })).toEqual({
      kind: 'overdue',
      dueOn: '2026-03-17',
      daysOverdue: 1,
    });
    // in summer the London day starts an hour before midnight UTC
    expect(
      distributionState({ meetingEndsAt: new Date('2026-06-02T12:00:00Z'), days: 7, distributedAt: null, now: new Date('2026-06-09T23:30:00Z') }),
    ).toMatchObject({ kind: 'overdue', daysOverdue: 1 });
  });

  it('records a late distribution as late rather than refusing it', () => {
    expect(distributionState({ meetingEndsAt: ends, days: 7, distributedAt: new Date('2026-03-16T10:00:00Z'), now: new Date('2026-04-01T00:00:00Z') })).toEqual(
      { kind: 'distributed', dueOn: '2026-03-17', on: '2026-03-16', late: false, daysLate: 0 },
    );
    expect(
      distributionState({ meetingEndsAt: ends, days: 7, distributedAt: new Date('2026-03-20T10:00:00Z'), now: new Date('2026-04-01T00:00:00Z') }),
    ).toMatchObject({ late: true, daysLate: 3 });
  });
});

describe('the hash of approved minutes', () => {
  const doc: MinutesText = {
    attendance: [{ name: 'A Chair', position: 'Independent Chair', attendance: 'Present' }],
    items: [
      {
        heading: 'Improvement plan',
        discussion: 'The board reviewed progress.',
        decisions: [
          { kind: 'DECISION', text: 'The highlight report was noted.', decisionMaker: null },
          { kind: 'RECOMMENDATION', text: 'Fund two more social workers.', decisionMaker: 'Cabinet' },
        ],
        actions: [{ description: 'Report caseloads by team.', owner: 'Director of Children’s Services', dueOn: '2026-04-01' }],
      },
    ],
  };

  it('covers attendance, each item, its decisions, recommendations and actions, in order', () => {
    expect(canonicalMinutesText(doc)).toBe(
      [
        'Attendance\nA Chair, Independent Chair: Present',
        '1. Improvement plan\nThe board reviewed progress.\nDecision: The highlight report was noted.\nRecommendation (for Cabinet to decide): Fund two more social workers.\nAction: Report caseloads by team. Owner: Director of Children’s Services. Due: 2026-04-01.',
      ].join('\n\n'),
    );
    expect(minutesHash(doc)).toBe(crypto.createHash('sha256').update(canonicalMinutesText(doc), 'utf8').digest('hex'));
  });

  it('records the Chair’s quorum decision after the attendance, and leaves the text as it was without one', () => {
    const withQuorum = canonicalMinutesText({ ...doc, quorum: 'Quorate: five members present' });
    expect(withQuorum.split('\n\n')[1]).toBe("Quorum (the Chair's decision): Five members present".replace('Five', 'Quorate: five'));
    // minutes approved before the decision was part of them still hash as they did
    expect(canonicalMinutesText({ ...doc, quorum: null })).toBe(canonicalMinutesText(doc));
    expect(minutesHash({ ...doc, quorum: 'Quorate: five members present' })).not.toBe(minutesHash(doc));
  });

  it('changes with any word, decision maker, owner, date or attendance', () => {
    const h = minutesHash(doc);
    const item = doc.items[0]!;
    expect(minutesHash({ ...doc, items: [{ ...item, discussion: 'The board reviewed progress' }] })).not.toBe(h);
    expect(
      minutesHash({ ...doc, items: [{ ...item, decisions: [item.decisions[0]!, { ...item.decisions[1]!, decisionMaker: 'the Chief Executive' }] }] }),
    ).not.toBe(h);
    expect(minutesHash({ ...doc, items: [{ ...item, actions: [{ ...item.actions[0]!, dueOn: '2026-04-02' }] }] })).not.toBe(h);
    expect(minutesHash({ ...doc, attendance: [{ ...doc.attendance![0]!, attendance: 'Apologies' }] })).not.toBe(h);
    expect(minutesHash({ ...doc, attendance: null })).not.toBe(h);
  });
});

describe('who reads which version', () => {
  it('shows members only distributed minutes, and the administrator and Chair every version', () => {
    expect(mayReadMinutesVersion({ distributedAt: null }, false)).toBe(false);
    expect(mayReadMinutesVersion({ distributedAt: new Date() }, false)).toBe(true);
    expect(mayReadMinutesVersion({ distributedAt: null }, true)).toBe(true);
  });
});

describe('the minutes PDF', () => {
  const input = {
    councilName: 'Test Council',
    boardName: 'Improvement Board',
    meeting: { title: 'Board meeting', startsAt: new Date('2026-03-10T10:00:00Z') },
    versionNo: 1,
    status: 'APPROVED' as const,
    approvedBy: 'A Chair',
    approvedAt: new Date('2026-03-12T09:00:00Z'),
    approvedHash: 'a'.repeat(64),
    distributedAt: null,
    confirmedAt: null,
    text: {
      attendance: [{ name: 'A Chair', position: 'Independent Chair', attendance: 'Present in person' }],
      items: [{ heading: 'Plan', discussion: 'Discussed.', decisions: [], actions: [] }],
    },
  };

  it('carries the approval line: approved by whom, and on what date', () => {
    expect(minutesApprovalLines(input)).toContain('Approved by the Chair, A Chair, on Thursday 12 March 2026.');
    expect(minutesApprovalLines({ ...input, status: 'DRAFT', approvedBy: null, approvedAt: null })).toContain(
      'Not yet approved by the Chair: this is a draft.',
    );
  });

  it('renders a PDF', async () => {
    const pdf = await renderMinutesPdf(input);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
