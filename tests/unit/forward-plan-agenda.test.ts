import { describe, expect, it } from 'vitest';
import { agendaDraft, forwardPlanInsertIndex } from '../../lib/forward-plan/agenda-item';

describe('agendaDraft', () => {
  it('names a deep dive as one and brings it for assurance', () => {
    expect(agendaDraft({ kind: 'DEEP_DIVE', title: 'Children missing education', presenter: 'Head of Education' })).toEqual({
      title: 'Deep dive: Children missing education',
      presenter: 'Head of Education',
      purpose: 'ASSURANCE',
      durationMinutes: 45,
    });
    expect(agendaDraft({ kind: 'DEEP_DIVE', title: 'Deep dive: care leavers', presenter: null }).title).toBe('Deep dive: care leavers');
  });
  it('brings a report for assurance and a milestone for information', () => {
    expect(agendaDraft({ kind: 'REPORT', title: 'Annual fostering report', presenter: null })).toMatchObject({
      title: 'Annual fostering report',
      purpose: 'ASSURANCE',
    });
    expect(agendaDraft({ kind: 'INSPECTION_MILESTONE', title: 'Monitoring visit', presenter: null })).toMatchObject({ purpose: 'INFORMATION' });
    expect(agendaDraft({ kind: 'OTHER', title: 'Stakeholder event', presenter: null })).toMatchObject({ purpose: 'INFORMATION' });
  });
  it('keeps a prefixed title within the agenda’s 300 characters', () => {
    expect(agendaDraft({ kind: 'DEEP_DIVE', title: 'x'.repeat(300), presenter: null }).title).toHaveLength(300);
  });
});

describe('forwardPlanInsertIndex', () => {
  it('goes before the risk log and the forward plan that close the meeting', () => {
    expect(forwardPlanInsertIndex([{ standing: 'APOLOGIES' }, { standing: null }, { standing: 'RISK_LOG' }, { standing: 'FORWARD_PLAN' }])).toBe(2);
    expect(forwardPlanInsertIndex([{ standing: 'APOLOGIES' }, { standing: 'FORWARD_PLAN' }])).toBe(1);
  });
  it('goes last on an agenda with no closing items, and first on an empty one', () => {
    expect(forwardPlanInsertIndex([{ standing: 'APOLOGIES' }, { standing: null }])).toBe(2);
    expect(forwardPlanInsertIndex([])).toBe(0);
  });
});
