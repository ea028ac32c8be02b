import { describe, expect, it } from 'vitest';
import { isSettingUp, setupSteps, type SetupFacts } from '@/lib/rules/board-setup';

const blank: SetupFacts = { seats: 0, filledSeats: 0, termsVersions: 0, approvedTerms: 0, meetings: 0, reportingLines: 0, established: false };

describe('setting up a new board', () => {
  it('lists every step as to do for a board just created', () => {
    expect(setupSteps(blank).map((s) => [s.key, s.done])).toEqual([
      ['seats', false],
      ['members', false],
      ['terms', false],
      ['reporting', false],
      ['meetings', false],
      ['established', false],
    ]);
    expect(isSettingUp(blank)).toBe(true);
  });

  it('counts a step done once its fact holds', () => {
    const steps = setupSteps({ ...blank, seats: 3, filledSeats: 1, approvedTerms: 1 });
    expect(steps.filter((s) => s.done).map((s) => s.key)).toEqual(['seats', 'members', 'terms']);
  });

  it('stays setting up until the board has met or nearly every step is done', () => {
    expect(isSettingUp({ ...blank, seats: 3, filledSeats: 3, approvedTerms: 1, reportingLines: 1, established: true })).toBe(true);
    expect(isSettingUp({ ...blank, seats: 3, filledSeats: 3, meetings: 1 })).toBe(true);
    expect(isSettingUp({ ...blank, seats: 3, filledSeats: 3, meetings: 1, approvedTerms: 1 })).toBe(false);
  });
});
