import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/session';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { planWorld, type PlanWorld } from './plan-import-world';

// The signed-in person, as the session would give it: council A's administrator.
const signedIn: { actor: Actor | null } = { actor: null };
vi.mock('../../lib/auth/session', () => ({
  getActor: async () => signedIn.actor,
  requireActor: async () => {
    if (!signedIn.actor) throw new Error('not signed in');
    return signedIn.actor;
  },
}));

// Route handlers read the person from the session cookie (defineRoute, lib/access/session.ts).
vi.mock('../../lib/access/session', () => ({ sessionActor: async () => (signedIn.actor ? { id: signedIn.actor.id } : null) }));

const routes = {
  xlsx: () => import('../../app/[council]/boards/[board]/plan/[plan]/export/xlsx/route'),
  pdf: () => import('../../app/[council]/boards/[board]/plan/[plan]/export/pdf/route'),
  reportPdf: () => import('../../app/[council]/boards/[board]/plan/[plan]/report/pdf/route'),
  reportDocx: () => import('../../app/[council]/boards/[board]/plan/[plan]/report/docx/route'),
};

let t: TestDb;
let a: PlanWorld;
let b: PlanWorld;
beforeAll(async () => {
  t = await openTestDatabase();
  a = await planWorld(t.prisma);
  b = await planWorld(t.prisma);
  signedIn.actor = {
    id: a.admin.id,
    name: 'A admin',
    email: null,
    sessionId: 's',
    memberships: [{ council: { ...a.council, region: 'ENGLAND_AND_WALES' }, role: 'ADMIN' }],
  };
});
afterAll(() => closeTestDatabase(t));

const get = async (name: keyof typeof routes, council: string, board: string, plan: string) => {
  const { GET } = await routes[name]();
  return GET(new Request(`http://localhost/${council}/boards/${board}/plan/${plan}/x?from=2026-01-01&to=2026-11-30&audience=dfe`), {
    params: Promise.resolve({ council, board, plan }),
  });
};
// defineRoute answers every refusal through toResponse: a 404 response, never the file
const notFound = async (response: Promise<Response>) => {
  const res = await response;
  expect(res.status).toBe(404);
  expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/);
};

describe('plan downloads', () => {
  for (const name of Object.keys(routes) as (keyof typeof routes)[]) {
    it(`${name}: answers council A's administrator for A's plan`, async () => {
      const response = await get(name, a.council.slug, a.board.slug, a.plan.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    });

    it(`${name}: is not found for council B's plan, through B's URL or A's`, async () => {
      await notFound(get(name, b.council.slug, b.board.slug, b.plan.id));
      await notFound(get(name, a.council.slug, a.board.slug, b.plan.id));
      // nor another board's plan of the same council
      await notFound(get(name, a.council.slug, a.board.slug, a.otherPlan.id));
    });
  }
});
