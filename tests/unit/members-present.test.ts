import { describe, expect, it } from 'vitest';
import { membersPresent } from '../../lib/rules/members-present';

describe('membersPresent', () => {
  it('counts members in person and virtually', () => {
    expect(
      membersPresent([
        { seatId: 'a', seatRole: 'INDEPENDENT_CHAIR', status: 'PRESENT' },
        { seatId: 'b', seatRole: 'MEMBER', status: 'VIRTUAL' },
        { seatId: 'c', seatRole: 'VICE_CHAIR', status: 'PRESENT' },
      ]),
    ).toBe(3);
  });

  it('counts a substitute standing in for an absent member', () => {
    expect(membersPresent([{ seatId: 'a', seatRole: 'MEMBER', status: 'SUBSTITUTE_ATTENDED' }])).toBe(1);
  });

  it('leaves out attendees, however they attended', () => {
    expect(
      membersPresent([
        { seatId: 'a', seatRole: 'ATTENDEE', status: 'PRESENT' },
        { seatId: 'b', seatRole: 'ATTENDEE', status: 'VIRTUAL' },
        { seatId: 'c', seatRole: 'MEMBER', status: 'PRESENT' },
      ]),
    ).toBe(1);
  });

  it('leaves out apologies, absence and people not yet recorded', () => {
    expect(
      membersPresent([
        { seatId: 'a', seatRole: 'MEMBER', status: 'APOLOGIES' },
        { seatId: 'b', seatRole: 'MEMBER', status: 'ABSENT' },
        { seatId: 'c', seatRole: 'MEMBER', status: 'EXPECTED' },
      ]),
    ).toBe(0);
  });

  it('counts one seat once, even if it appears twice', () => {
    expect(
      membersPresent([
        { seatId: 'a', seatRole: 'MEMBER', status: 'PRESENT' },
        { seatId: 'a', seatRole: 'MEMBER', status: 'SUBSTITUTE_ATTENDED' },
      ]),
    ).toBe(1);
  });
});
