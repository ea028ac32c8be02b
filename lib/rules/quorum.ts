import { assertInteger } from './london-calendar';

/**
 * Plymouth's terms of reference (001) set no quorum: the Chair decides whether enough
 * members are present. Boards that want a number can set one.
 */
export type QuorumRule = { kind: 'chair-decides' } | { kind: 'minimum'; count: number };

export type QuorumResult = { status: 'chair-decides' } | { status: 'quorate' | 'inquorate'; present: number; required: number };

export interface QuorumInput {
  rule: QuorumRule;
  /**
   * Board members present in person or virtually, plus nominated substitutes standing
   * in for an absent member: a substitute attends "in the member's place" (001), so the
   * seat is filled. Attendees and officers presenting are not members and are left out,
   * and a member and their own substitute both present fill one seat, not two.
   */
  membersPresent: number;
}

export function evaluateQuorum({ rule, membersPresent }: QuorumInput): QuorumResult {
  assertInteger(membersPresent, 'membersPresent');
  if (membersPresent < 0) throw new RangeError(`membersPresent must not be negative, got ${membersPresent}`);

  if (rule.kind === 'chair-decides') return { status: 'chair-decides' };

  assertInteger(rule.count, 'quorum count');
  // A minimum of zero would make every meeting quorate, which is "no quorum" in disguise;
  // that board should use chair-decides instead.
  if (rule.count < 1) throw new RangeError(`A quorum must be at least 1, got ${rule.count}`);

  return {
    status: membersPresent >= rule.count ? 'quorate' : 'inquorate',
    present: membersPresent,
    required: rule.count,
  };
}
