import { describe, expect, it } from 'vitest';
import { checkSeat, describeProblem, isCurrentSeat, substituteFlags, type BoardSeat, type ProposedSeat } from '../../lib/rules/substitutes';

const today = '2026-03-20';
// The board: Ann (member, substitute Sub), Ben (attendee), a vacancy, and Old (a member whose seat has ended).
const board: BoardSeat[] = [
  { id: 's-ann', role: 'MEMBER', holderId: 'ann', substituteId: 'sub', endsOn: null },
  { id: 's-ben', role: 'ATTENDEE', holderId: 'ben', substituteId: null, endsOn: null },
  { id: 's-vacant', role: 'MEMBER', holderId: null, substituteId: null, endsOn: null },
  { id: 's-old', role: 'MEMBER', holderId: 'old', substituteId: 'oldsub', endsOn: '2026-03-19' },
];
const check = (seat: Partial<ProposedSeat>, substitutesPerMember = 1) =>
  checkSeat({ seat: { id: null, role: 'MEMBER', holderId: 'new', substituteIds: [], ...seat }, otherSeats: board, substitutesPerMember, today });
const codes = (seat: Partial<ProposedSeat>, perMember = 1) => check(seat, perMember).problems.map((p) => p.code);

describe('one named substitute per member', () => {
  it('accepts a member with one substitute who holds no seat', () => {
    expect(check({ substituteIds: ['someone'] })).toEqual({ problems: [], flags: [] });
  });

  it('refuses a second substitute with the default setting of one', () => {
    expect(codes({ substituteIds: ['x', 'y'] })).toEqual(['too-many-substitutes']);
    expect(describeProblem({ code: 'too-many-substitutes', field: 'substitute', allowed: 1 }, String)).toBe(
      'Each member nominates exactly one named substitute',
    );
  });

  it('counts the same person named twice once', () => {
    expect(codes({ substituteIds: ['x', 'x'] })).toEqual([]);
  });

  it('saves a member with no substitute yet, flagged rather than refused', () => {
    expect(check({})).toEqual({ problems: [], flags: ['no-substitute'] });
    for (const role of ['INDEPENDENT_CHAIR', 'CHAIR', 'VICE_CHAIR'] as const) expect(check({ role }).flags).toEqual(['no-substitute']);
  });

  it('needs no substitute for an attendee or a vacancy', () => {
    expect(check({ role: 'ATTENDEE' })).toEqual({ problems: [], flags: [] });
    expect(check({ holderId: null })).toEqual({ problems: [], flags: [] });
  });

  it('lets an attendee name one substitute', () => {
    expect(check({ role: 'ATTENDEE', substituteIds: ['x'] })).toEqual({ problems: [], flags: [] });
  });

  it('refuses a substitute for a seat still to be appointed', () => {
    expect(codes({ holderId: null, substituteIds: ['x'] })).toEqual(['vacancy-has-substitute']);
  });

  it('with a setting of 0 the board takes no substitutes and flags nobody', () => {
    expect(codes({ substituteIds: ['x'] }, 0)).toEqual(['substitutes-not-used']);
    expect(check({}, 0).flags).toEqual([]);
  });
});

describe('a substitute may not be a member of the board', () => {
  it('refuses a current member, attendees included', () => {
    expect(check({ substituteIds: ['ann'] }).problems).toEqual([{ code: 'substitute-holds-seat', field: 'substitute', personId: 'ann', seatId: 's-ann' }]);
    expect(codes({ substituteIds: ['ben'] })).toEqual(['substitute-holds-seat']);
  });

  it('refuses the seat holder as their own substitute', () => {
    expect(codes({ holderId: 'new', substituteIds: ['new'] })).toEqual(['substitute-is-holder']);
  });

  it('accepts someone whose seat has ended', () => {
    expect(codes({ substituteIds: ['old'] })).toEqual([]);
  });

  it('refuses to make another member’s substitute a member (the rule holds from both sides)', () => {
    expect(check({ holderId: 'sub' }).problems).toEqual([{ code: 'holder-is-substitute', field: 'person', personId: 'sub', seatId: 's-ann' }]);
    expect(codes({ holderId: 'sub', role: 'ATTENDEE' })).toEqual(['holder-is-substitute']);
    // the substitute of an ended seat is free to join
    expect(codes({ holderId: 'oldsub' })).toEqual([]);
  });

  it('refuses a second current seat for the same person', () => {
    expect(codes({ holderId: 'ann', substituteIds: ['x'] })).toEqual(['holder-holds-seat']);
    expect(codes({ holderId: 'old', substituteIds: ['x'] })).toEqual([]);
  });

  it('ignores the seat being edited itself', () => {
    expect(check({ id: 's-ann', holderId: 'ann', substituteIds: ['sub'] })).toEqual({ problems: [], flags: [] });
  });

  it('names the people in its messages', () => {
    const names = (id: string) => ({ ann: 'Ann Able', sub: 'Sam Sub' })[id] ?? id;
    expect(describeProblem({ code: 'substitute-holds-seat', field: 'substitute', personId: 'ann', seatId: 's-ann' }, names)).toMatch(
      /^Ann Able is a member of this board/,
    );
    expect(describeProblem({ code: 'holder-is-substitute', field: 'person', personId: 'sub', seatId: 's-ann' }, names)).toMatch(
      /^Sam Sub is the nominated substitute/,
    );
  });
});

describe('current seats', () => {
  it('counts a seat to the end of its last day', () => {
    expect(isCurrentSeat({ endsOn: null }, today)).toBe(true);
    expect(isCurrentSeat({ endsOn: today }, today)).toBe(true);
    expect(isCurrentSeat({ endsOn: '2026-03-19' }, today)).toBe(false);
  });

  it('flags a member without a substitute for the table', () => {
    expect(substituteFlags({ role: 'MEMBER', holderId: 'a', substituteCount: 0 }, 1)).toEqual(['no-substitute']);
    expect(substituteFlags({ role: 'MEMBER', holderId: 'a', substituteCount: 1 }, 1)).toEqual([]);
    expect(substituteFlags({ role: 'MEMBER', holderId: null, substituteCount: 0 }, 1)).toEqual([]);
    expect(substituteFlags({ role: 'ATTENDEE', holderId: 'a', substituteCount: 0 }, 1)).toEqual([]);
  });
});
