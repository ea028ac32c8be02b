import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definedActions, type DefinedAction } from '../../lib/action/define';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { snapshotB, twoCouncils, type Cases, type World } from './cross-council/world';

// Registers every action the app defines, and every feature's cases (files named
// cross-council/<feature>.cases.ts): a new action without a case fails the suite.
import.meta.glob('../../lib/**/actions.ts', { eager: true });
const caseFiles = import.meta.glob<{ cases: Cases }>('./cross-council/*.cases.ts', { eager: true });
const cases: Cases = Object.assign({}, ...Object.values(caseFiles).map((m) => m.cases));

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
const world = () => twoCouncils(t.prisma);
afterAll(() => closeTestDatabase(t));

describe('cross-council suite', () => {
  it('has a case for every action the app defines', () => {
    const names = definedActions().map((a) => a.name).sort();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !(n in cases))).toEqual([]);
  });

  for (const action of definedActions()) {
    describe(action.name, () => {
      const boardSlug = action.scope === 'board' ? 'improvement-board' : undefined;
      const run = (w: World, councilSlug: string, input: Record<string, unknown>) =>
        (action as DefinedAction).execute({ actorId: w.a.admin.id, councilSlug, boardSlug, input });

      it("refuses council A's admin acting in council B's name", async () => {
        const w = await world();
        const input = await cases[action.name]!(w, t.prisma);
        const before = await snapshotB(w);
        const result = await run(w, w.b.council.slug, input);
        expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
        expect(await snapshotB(w)).toEqual(before);
      });

      it("refuses council B's ids sent through council A", async () => {
        const w = await world();
        const input = await cases[action.name]!(w, t.prisma);
        const before = await snapshotB(w);
        const result = await run(w, w.a.council.slug, input);
        expect(result.ok).toBe(false);
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(result.ok ? '' : result.code);
        expect(await snapshotB(w)).toEqual(before);
      });
    });
  }
});
