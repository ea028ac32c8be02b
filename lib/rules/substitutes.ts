import type { LondonDay } from './london-calendar';

/**
 * Membership rules from Plymouth's terms (001): "Each member of the Board shall nominate
 * one named substitute", and the substitute is not a member of that board. Pure: the
 * caller passes the board's seats and today's London day, and gets back every problem
 * (which refuses the change) and every flag (which is saved and shown, never refused).
 *
 * Decisions taken here, where the sources are silent:
 * - Members, Chairs, Vice-Chairs and the Independent Chair each nominate a substitute.
 *   A member may be saved before they have named one: the seat is flagged "no substitute
 *   nominated" rather than refused, because boards record the member first and the
 *   substitute when the member sends it to the administrator (001, Board administration).
 * - Attendees may have a substitute but need not. A vacancy ("to be appointed") has no
 *   one to substitute for, so it may not have one.
 * - "A member" means anyone holding a current seat on the board, attendees included. So
 *   a substitute may not hold a seat, and a person may not be given a seat while they are
 *   another seat's substitute on the same board (the rule must hold from both sides).
 * - One person holds at most one current seat on a board.
 */
export type SeatRoleName = 'INDEPENDENT_CHAIR' | 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'ATTENDEE';

export type BoardSeat = {
  id: string;
  role: SeatRoleName;
  holderId: string | null;
  substituteId: string | null;
  /** the last day of the seat, or null while it has no end */
  endsOn: LondonDay | null;
};

export type ProposedSeat = {
  /** null for a seat not yet saved */
  id: string | null;
  role: SeatRoleName;
  holderId: string | null;
  substituteIds: readonly string[];
};

export type SubstituteProblem =
  | { code: 'substitutes-not-used'; field: 'substitute' }
  | { code: 'too-many-substitutes'; field: 'substitute'; allowed: number }
  | { code: 'vacancy-has-substitute'; field: 'substitute' }
  | { code: 'substitute-is-holder'; field: 'substitute' }
  | { code: 'substitute-holds-seat'; field: 'substitute'; personId: string; seatId: string }
  | { code: 'holder-is-substitute'; field: 'person'; personId: string; seatId: string }
  | { code: 'holder-holds-seat'; field: 'person'; personId: string; seatId: string };

export type SubstituteFlag = 'no-substitute';

export type SeatCheck = { problems: SubstituteProblem[]; flags: SubstituteFlag[] };

/** A seat counts until the end of its last day; one with no end date counts indefinitely. */
export function isCurrentSeat(seat: { endsOn: LondonDay | null }, today: LondonDay): boolean {
  return seat.endsOn === null || seat.endsOn >= today;
}

/** Members and every kind of Chair nominate a substitute; attendees need not (001). */
export function nominatesSubstitute(role: SeatRoleName): boolean {
  return role !== 'ATTENDEE';
}

export function checkSeat(input: { seat: ProposedSeat; otherSeats: readonly BoardSeat[]; substitutesPerMember: number; today: LondonDay }): SeatCheck {
  const { seat, substitutesPerMember, today } = input;
  const others = input.otherSeats.filter((s) => s.id !== seat.id && isCurrentSeat(s, today));
  const substitutes = [...new Set(seat.substituteIds)];
  const problems: SubstituteProblem[] = [];

  if (seat.holderId !== null) {
    const holding = others.find((s) => s.holderId === seat.holderId);
    if (holding) problems.push({ code: 'holder-holds-seat', field: 'person', personId: seat.holderId, seatId: holding.id });
    const substituting = others.find((s) => s.substituteId === seat.holderId);
    if (substituting) problems.push({ code: 'holder-is-substitute', field: 'person', personId: seat.holderId, seatId: substituting.id });
  }

  if (substitutes.length > 0) {
    if (seat.holderId === null) problems.push({ code: 'vacancy-has-substitute', field: 'substitute' });
    else if (substitutesPerMember === 0) problems.push({ code: 'substitutes-not-used', field: 'substitute' });
    else if (substitutes.length > substitutesPerMember) problems.push({ code: 'too-many-substitutes', field: 'substitute', allowed: substitutesPerMember });
  }
  for (const personId of substitutes) {
    if (personId === seat.holderId) problems.push({ code: 'substitute-is-holder', field: 'substitute' });
    const holding = others.find((s) => s.holderId === personId);
    if (holding) problems.push({ code: 'substitute-holds-seat', field: 'substitute', personId, seatId: holding.id });
  }

  return { problems, flags: substituteFlags({ role: seat.role, holderId: seat.holderId, substituteCount: substitutes.length }, substitutesPerMember) };
}

/** What the membership table shows beside a seat: a member with no named substitute is flagged. */
export function substituteFlags(
  seat: { role: SeatRoleName; holderId: string | null; substituteCount: number },
  substitutesPerMember: number,
): SubstituteFlag[] {
  const needsOne = substitutesPerMember > 0 && seat.holderId !== null && nominatesSubstitute(seat.role);
  return needsOne && seat.substituteCount === 0 ? ['no-substitute'] : [];
}

/** The sentence the form shows for a problem; `nameOf` turns a person's id into their name. */
export function describeProblem(problem: SubstituteProblem, nameOf: (personId: string) => string): string {
  switch (problem.code) {
    case 'substitutes-not-used':
      return 'This board does not use nominated substitutes: leave the substitute empty, or change the board’s setting first';
    case 'too-many-substitutes':
      return `Each member nominates exactly ${problem.allowed === 1 ? 'one named substitute' : `${problem.allowed} named substitutes`}`;
    case 'vacancy-has-substitute':
      return 'A seat to be appointed has nobody to substitute for: nominate the substitute once the seat is filled';
    case 'substitute-is-holder':
      return 'A member cannot be their own substitute: choose someone else';
    case 'substitute-holds-seat':
      return `${nameOf(problem.personId)} is a member of this board, so cannot be a substitute on it: choose someone who holds no seat on this board`;
    case 'holder-is-substitute':
      return `${nameOf(problem.personId)} is the nominated substitute for another member of this board: change that member’s substitute first`;
    case 'holder-holds-seat':
      return `${nameOf(problem.personId)} already holds a seat on this board: edit that seat instead`;
  }
}
