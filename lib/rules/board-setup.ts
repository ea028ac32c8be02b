/**
 * Setting up a board: the steps a new board goes through before it can meet, in order.
 * A board is setting up until every step is done; its overview then shows this list
 * instead of panels that would all be empty.
 */
export type SetupFacts = {
  seats: number;
  filledSeats: number;
  termsVersions: number;
  approvedTerms: number;
  meetings: number;
  reportingLines: number;
  established: boolean;
};

export type SetupStep = { key: 'seats' | 'members' | 'terms' | 'reporting' | 'meetings' | 'established'; done: boolean };

export function setupSteps(f: SetupFacts): SetupStep[] {
  return [
    { key: 'seats', done: f.seats > 0 },
    { key: 'members', done: f.filledSeats > 0 },
    { key: 'terms', done: f.approvedTerms > 0 },
    { key: 'reporting', done: f.reportingLines > 0 },
    { key: 'meetings', done: f.meetings > 0 },
    { key: 'established', done: f.established },
  ];
}

/** Still setting up: nothing has happened yet that the overview's panels could show. */
export const isSettingUp = (f: SetupFacts) => f.meetings === 0 || setupSteps(f).filter((s) => !s.done).length > 2;
