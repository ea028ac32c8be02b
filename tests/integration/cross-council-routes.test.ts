import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { definedRoutes } from '../../lib/access/route';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { twoCouncils, type World } from './cross-council/world';

// The signed-in person, as the session cookie names them: council A's administrator.
const signedIn: { id: string | null } = { id: null };
vi.mock('../../lib/access/session', () => ({ sessionActor: async () => (signedIn.id ? { id: signedIn.id } : null) }));

// Registers every route handler the app defines.
import.meta.glob('../../app/**/route.ts', { eager: true });

let t: TestDb;
let w: World;
let b: Awaited<ReturnType<typeof councilBRecords>>;

/** Council B's records that a route can name by id: a meeting, a paper and its file, a plan, a terms version, a commissioned paper. */
async function councilBRecords(world: World) {
  const { council, board, admin } = world.b;
  return withCouncil(council.id, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        title: 'B meeting',
        startsAt: new Date('2026-06-04T10:00:00Z'),
        endsAt: new Date('2026-06-04T12:00:00Z'),
      },
    });
    const paper = await tx.paper.create({
      data: { councilId: council.id, meetingId: meeting.id, title: 'B paper', status: 'CIRCULATED', circulatedAt: new Date('2026-05-20T10:00:00Z') },
    });
    const file = await tx.paperFile.create({
      data: {
        councilId: council.id,
        paperId: paper.id,
        versionNo: 1,
        fileName: 'b.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256: '0'.repeat(64),
        storageKey: `${council.id}/papers/none.pdf`,
        uploadedById: admin.id,
      },
    });
    const plan = await tx.improvementPlan.create({ data: { councilId: council.id, boardId: board.id, title: 'B plan' } });
    await tx.termsVersion.create({ data: { councilId: council.id, boardId: board.id, major: 1, minor: 0, title: 'B terms' } });
    const commission = await tx.paperCommission.create({
      data: {
        councilId: council.id,
        boardId: board.id,
        meetingId: meeting.id,
        title: 'B paper commissioned',
        authorName: 'B author',
        authorEmail: 'author@b.test',
        dueOn: new Date('2026-05-20T00:00:00Z'),
        status: 'SUBMITTED',
        fileName: 'b.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256: '0'.repeat(64),
        storageKey: `${council.id}/papers/none-commissioned.pdf`,
        requestedById: admin.id,
      },
    });
    return { meeting, paper, file, plan, commission, termsLabel: '1' };
  });
}

beforeAll(async () => {
  t = await openTestDatabase();
  w = await twoCouncils(t.prisma);
  b = await councilBRecords(w);
  signedIn.id = w.a.admin.id;
});
afterAll(() => closeTestDatabase(t));

/** Every id a route's params may carry, filled with council B's. */
const paramsFor = (council: string, board: string) => ({
  council,
  board,
  meeting: b.meeting.id,
  paper: b.paper.id,
  file: b.file.id,
  plan: b.plan.id,
  commission: b.commission.id,
  version: b.termsLabel,
});

const methodOf = (name: string) => (name === 'papers.upload' ? 'POST' : 'GET');

describe('cross-council suite: route handlers', () => {
  it('covers every board route the app defines', () => {
    const names = definedRoutes()
      .filter(([, h]) => h.defined.scope === 'board')
      .map(([n]) => n)
      .sort();
    expect(names).toEqual([
      'actions.export.csv',
      'actions.export.xlsx',
      'attendance.record.csv',
      'attendance.record.xlsx',
      'commissions.file',
      'meetings.calendar',
      'minutes.pdf',
      'papers.download',
      'papers.pack',
      'papers.upload',
      'plans.export.pdf',
      'plans.export.xlsx',
      'plans.report.docx',
      'plans.report.pdf',
      'terms.pdf',
    ]);
  });

  for (const [name, handler] of definedRoutes().filter(([, h]) => h.defined.scope === 'board')) {
    const call = (council: string, board: string) => {
      const method = methodOf(name);
      const init: RequestInit & { duplex?: string } = method === 'POST' ? { method, body: new Uint8Array([37, 80, 68, 70]), duplex: 'half' } : { method };
      return handler(new Request(`http://localhost/x/${name}?from=2026-01-01&to=2026-11-30&audience=dfe&paperId=${b.paper.id}&owner=${w.b.member.id}`, init), {
        params: Promise.resolve(paramsFor(council, board) as never),
      });
    };

    it(`${name}: council A's admin gets 404 through council B's URL, and no data`, async () => {
      const res = await call(w.b.council.slug, w.b.board.slug);
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).not.toMatch(/B meeting|B paper|B plan|B terms|%PDF|BEGIN:VCALENDAR/);
    });

    it(`${name}: council B's ids through council A's URL answer 404, and no data`, async () => {
      const res = await call(w.a.council.slug, w.a.board.slug);
      // the action log exports and the attendance record name no record in their URL: A's own (empty), filtered by B's owner id
      expect(res.status).toBe(name.startsWith('actions.export') || name.startsWith('attendance.record') ? 200 : 404);
      const text = await res.text();
      expect(text).not.toMatch(/B meeting|B paper|B plan|B terms|B member|B admin|%PDF|BEGIN:VCALENDAR/);
    });
  }

  it('changes nothing in council B', async () => {
    expect(await withCouncil(w.b.council.id, (tx) => tx.paperFile.count({ where: { paperId: b.paper.id } }))).toBe(1);
    expect(await withCouncil(w.b.council.id, (tx) => tx.paperOpened.count())).toBe(0);
  });
});
