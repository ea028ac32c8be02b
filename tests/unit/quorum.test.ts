import { describe, it, expect } from 'vitest';
import { evaluateQuorum } from '../../lib/rules/quorum';

describe('evaluateQuorum', () => {
  it('with no quorum set, the Chair decides whatever the numbers', () => {
    expect(evaluateQuorum({ rule: { kind: 'chair-decides' }, membersPresent: 0 })).toEqual({ status: 'chair-decides' });
    expect(evaluateQuorum({ rule: { kind: 'chair-decides' }, membersPresent: 20 })).toEqual({ status: 'chair-decides' });
  });

  it('quorate at exactly the minimum', () => {
    expect(evaluateQuorum({ rule: { kind: 'minimum', count: 5 }, membersPresent: 5 })).toEqual({
      status: 'quorate',
      present: 5,
      required: 5,
    });
  });

  it('quorate above the minimum', () => {
    expect(evaluateQuorum({ rule: { kind: 'minimum', count: 5 }, membersPresent: 8 })).toEqual({
      status: 'quorate',
      present: 8,
      required: 5,
    });
  });

  it('inquorate one below the minimum, and with nobody', () => {
    expect(evaluateQuorum({ rule: { kind: 'minimum', count: 5 }, membersPresent: 4 })).toEqual({
      status: 'inquorate',
      present: 4,
      required: 5,
    });
    expect(evaluateQuorum({ rule: { kind: 'minimum', count: 1 }, membersPresent: 0 })).toEqual({
      status: 'inquorate',
      present: 0,
      required: 1,
    });
  });

  it('refuses nonsense counts', () => {
    expect(() => evaluateQuorum({ rule: { kind: 'minimum', count: 5 }, membersPresent: -1 })).toThrow(RangeError);
    expect(() => evaluateQuorum({ rule: { kind: 'minimum', count: 5 }, membersPresent: 2.5 })).toThrow(RangeError);
    expect(() => evaluateQuorum({ rule: { kind: 'minimum', count: 0 }, membersPresent: 3 })).toThrow(RangeError);
    expect(() => evaluateQuorum({ rule: { kind: 'minimum', count: 1.5 }, membersPresent: 3 })).toThrow(RangeError);
    expect(() => evaluateQuorum({ rule: { kind: 'chair-decides' }, membersPresent: -1 })).toThrow(RangeError);
  });
});
