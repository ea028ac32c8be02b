import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/session';
import { AppError, forbidden } from '../../lib/errors';
import { resolveBoard } from '../../lib/boards/context';
import { listBoards } from '../../lib/boards/queries';
import { resolveCouncil } from '../../lib/councils/queries';
import { getAttendanceView } from '../../lib/attendance/queries';
import { getBoardSettings } from '../../lib/boards/settings-queries';
import { toPage } from '../../lib/access/page';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { countTransactions } from './transaction-count';
import * as make from '../fixtures';

// The signed-in person, as the session (read once per request with the root layout) gives it.
const signedIn: { actor: Actor | null } = { actor: null };
vi.mock('../../lib/auth/session', () => ({
  getActor: async () => signedIn.actor,
  requireActor: async () => {
    if (!signedIn.actor) throw new Error('not signed in');
    return signedIn.actor;
  },
}));

let t: TestDb;
let counting: ReturnType<typeof countTransactions>;
beforeAll(async () => {
  t = await openTestDatabase();
  counting = countTransactions(t);
});
afterAll(async () => {
  await counting.release();
  await closeTestDatabase(t);
});

async function world() {
  const council = await make.council();
  const observer = await make.person(council, 'Observer', { key: 'obs' });
  const board = await make.board(council, { slug: 'ib' });
  await make.board(council, { slug: 'other', name: 'Other Board' });
  await make.access(council, board, observer, 'OBSERVER');
  const meeting = await make.meeting(council, board, { title: 'Board meeting', startsAt: '2026-12-10T10:00:00Z' });
  signedIn.actor = {
    id: observer.id,
    name: 'Observer',
    email: null,
    sessionId: 's',
    memberships: [{ council: { id: council.id, slug: council.slug, name: council.name, region: 'ENGLAND_AND_WALES' }, role: 'MEMBER' }],
  };
  return { council, observer, board, meeting };
}

const notFoundDigest = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };

describe('page access', () => {
  it("costs one transaction for the council's layout and the board's, after the session", async () => {
    const w = await world();
    let ctx: Awaited<ReturnType<typeof resolveBoard>> | null = null;
    // The council layout (switcher), the board layout and the page all read councilPageAccess,
    // which React's cache() runs once per request (outside a request, as here, each call reads).
    const begins = await counting.during(async () => {
      ctx = await resolveBoard(w.council.slug, 'ib');
    });
    // before: loadCouncilBoards (1); the session's own transaction (getActor, shared with the
    // root layout) is not counted here because the session is mocked
    expect(begins).toBe(1);
    const council = await resolveCouncil(w.council.slug);
    expect((await listBoards(council)).map((b) => b.slug)).toEqual(['ib']);
    expect(ctx!.roles).toEqual(['OBSERVER']);
  });

  it('answers a board that is not theirs, or another council, with the not-found page', async () => {
    const w = await world();
    await expect(resolveBoard(w.council.slug, 'other')).rejects.toMatchObject(notFoundDigest);
    const elsewhere = await make.council();
    await expect(resolveBoard(elsewhere.slug, 'ib')).rejects.toMatchObject(notFoundDigest);
  });

  it('defineQuery checks the read permission: typed refusal for routes, the not-found page for pages', async () => {
    const w = await world();
    const ctx = await resolveBoard(w.council.slug, 'ib');
    // observers have no part in attendance (the permission table), nor in the board's settings
    const refusal = await getAttendanceView.read(ctx, w.meeting.id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'NOT_FOUND' });
    await expect(getAttendanceView(ctx, w.meeting.id)).rejects.toMatchObject(notFoundDigest);
    await expect(getBoardSettings(ctx)).rejects.toMatchObject(notFoundDigest);
    // with the role, the same read answers
    const view = await getAttendanceView.read({ ...ctx, roles: ['MEMBER'] }, w.meeting.id);
    expect(view.meeting.id).toBe(w.meeting.id);
  });

  it('the page guard turns FORBIDDEN into the forbidden page and leaves bugs alone', () => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
    expect(() => toPage(forbidden())).toThrow(expect.objectContaining({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' }));
    const bug = new TypeError('a bug');
    expect(() => toPage(bug)).toThrow(bug);
  });
});
