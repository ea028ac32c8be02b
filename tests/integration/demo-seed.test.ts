import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Actor } from '../../lib/auth/session';
import { mayOpenVersion, paperReader } from '../../lib/rules/paper-access';
import { getPublicBoard } from '../../lib/public/queries';
import { findBoardWithRoles } from '../../lib/boards/access';
import { forYou, chairTasks } from '../../lib/for-you/queries';
import { compareTasks } from '../../lib/rules/for-you';
import { listActions } from '../../lib/action-log/queries';
import { listRisks } from '../../lib/risk-log/queries';
import { getBoardOverview } from '../../lib/boards/queries';
import { getMembership } from '../../lib/seats/queries';
import { seedDemo } from '../../prisma/seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoCopy } from '../../prisma/seed/demo-credentials';
import { verifyPassword } from '../../lib/auth/password';
import { withCouncil } from '../../lib/db/tenant';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';

// The paper routes ask the session who is signed in: here, whoever the test names.
const signedIn: { actor: Actor | null } = { actor: null };
vi.mock('../../lib/auth/session', () => ({ getActor: async () => signedIn.actor, requireActor: async () => signedIn.actor }));
vi.mock('../../lib/access/session', () => ({ sessionActor: async () => (signedIn.actor ? { id: signedIn.actor.id } : null) }));

// The only test that uses the fixed demo slugs: the server run shares one database.
let t: TestDb;
let storageDir: string;
const today = new Date('2026-11-26T10:00:00Z');
beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-demo-files-'));
  process.env.FILE_STORAGE_DIR = storageDir;
  t = await openTestDatabase();
  await seedDemo(t.prisma, { today });
});
afterAll(async () => {
  await closeTestDatabase(t);
  fs.rmSync(storageDir, { recursive: true, force: true });
});

async function northbridge() {
  const council = await t.prisma.council.findUniqueOrThrow({ where: { slug: 'northbridge' } });
  return { council, read: <T>(fn: Parameters<typeof withCouncil<T>>[1]) => withCouncil(council.id, fn) };
}

describe('demo councils', () => {
  it('creates nothing the second time', async () => {
    expect(await seedDemo(t.prisma, { today })).toEqual({ created: false });
    expect(await t.prisma.council.count({ where: { slug: { in: ['northbridge', 'eastmoor'] } } })).toBe(2);
  });

  it('lets every demo account sign in with the published password', async () => {
    for (const email of Object.values(DEMO_ACCOUNTS)) {
      const person = await t.prisma.person.findUniqueOrThrow({ where: { email }, include: { password: true } });
      expect(await verifyPassword(person.password?.hash ?? '', DEMO_PASSWORD)).toBe(true);
    }
  });

  it('gives the Improvement Board approved terms version 3, with Plymouth-like sections, and an Executive Group under it', async () => {
    const { council, read } = await northbridge();
    const boards = await read((tx) => tx.board.findMany({ where: { councilId: council.id }, include: { parentBoard: true } }));
    const ib = boards.find((b) => b.kind === 'IMPROVEMENT_BOARD');
    const eg = boards.find((b) => b.kind === 'EXECUTIVE_GROUP');
    expect(ib?.status).toBe('ESTABLISHED');
    expect(eg?.parentBoard?.id).toBe(ib?.id);
    const v3 = await read((tx) => tx.termsVersion.findFirstOrThrow({ where: { boardId: ib!.id, major: 3, minor: 0 }, include: { sections: true } }));
    expect(v3.status).toBe('APPROVED');
    expect(v3.approvedById).not.toBeNull();
    expect(new Set(v3.sections.map((s) => s.kind))).toEqual(
      new Set(['PURPOSE', 'FUNCTIONS', 'MEMBERSHIP', 'FREQUENCY', 'REPORTING', 'ADMINISTRATION', 'QUORUM', 'REVIEW', 'DISSOLUTION']),
    );
  });

  it('seats about fifteen people, each member with one substitute who is not a member of the board', async () => {
    const { council, read } = await northbridge();
    const ib = await read((tx) => tx.board.findFirstOrThrow({ where: { councilId: council.id, slug: 'improvement-board' } }));
    const seats = await read((tx) => tx.seat.findMany({ where: { boardId: ib.id } }));
    expect(seats.length).toBeGreaterThanOrEqual(14);
    expect(seats.some((s) => s.personId === null)).toBe(true); // a vacancy, "to be appointed"
    const memberIds = new Set(seats.map((s) => s.personId).filter(Boolean));
    const members = seats.filter((s) => s.personId && (s.role === 'MEMBER' || s.role === 'VICE_CHAIR'));
    expect(members.length).toBeGreaterThanOrEqual(8);
    for (const seat of members) {
      expect(seat.substitutePersonId).not.toBeNull();
      expect(memberIds.has(seat.substitutePersonId)).toBe(false);
    }
  });

  it('holds a year of monthly meetings: past ones minuted, coming ones with agendas and papers', async () => {
    const { council, read } = await northbridge();
    const ib = await read((tx) => tx.board.findFirstOrThrow({ where: { councilId: council.id, slug: 'improvement-board' } }));
    const meetings = await read((tx) =>
      tx.meeting.findMany({ where: { boardId: ib.id }, include: { minutes: true, agendaItems: true, papers: true }, orderBy: { startsAt: 'asc' } }),
    );
    expect(meetings.length).toBeGreaterThanOrEqual(12);
    const past = meetings.filter((m) => m.startsAt < today);
    const coming = meetings.filter((m) => m.startsAt >= today);
    expect(past.length).toBeGreaterThan(0);
    expect(coming.length).toBeGreaterThan(0);
    expect(past.every((m) => m.minutes.length > 0)).toBe(true);
    expect(coming[0]!.agendaItems.length).toBeGreaterThan(0);
    expect(coming[0]!.papers.length).toBeGreaterThan(0);
  });

  it("keeps an action log, a risk log and a plan with Blackpool's six themes", async () => {
    const { council, read } = await northbridge();
    const ib = await read((tx) => tx.board.findFirstOrThrow({ where: { councilId: council.id, slug: 'improvement-board' } }));
    expect(await read((tx) => tx.action.count({ where: { boardId: ib.id } }))).toBeGreaterThanOrEqual(20);
    expect(await read((tx) => tx.risk.count({ where: { boardId: ib.id } }))).toBeGreaterThanOrEqual(8);
    const plan = await read((tx) => tx.improvementPlan.findFirstOrThrow({ where: { boardId: ib.id }, include: { themes: { orderBy: { position: 'asc' } } } }));
    expect(plan.themes.map((x) => x.name)).toEqual([
      'Performance Management',
      'Quality Assurance',
      'Improving Front Line',
      'Partnership Working',
      'Scrutiny',
      'Communications',
    ]);
  });

  it('gives the second council a Children’s Trust with themed deep dives, invisible from Northbridge', async () => {
    const eastmoor = await t.prisma.council.findUniqueOrThrow({ where: { slug: 'eastmoor' } });
    const { council } = await northbridge();
    const trust = await withCouncil(eastmoor.id, (tx) => tx.board.findFirstOrThrow({ where: { kind: 'CHILDRENS_TRUST' }, include: { meetings: true } }));
    expect(trust.meetings.filter((m) => m.kind === 'DEEP_DIVE' && m.theme).length).toBeGreaterThanOrEqual(3);
    expect(await withCouncil(council.id, (tx) => tx.board.findUnique({ where: { id: trust.id } }))).toBeNull();
  });
});

// Every demo paper and agenda pack opens, through the same route handlers a browser uses.
describe('demo papers', () => {
  const signInAs = async (email: string) => {
    const person = await t.prisma.person.findUniqueOrThrow({ where: { email } });
    signedIn.actor = { id: person.id, name: person.name, email, sessionId: 's', memberships: [] };
    return person;
  };
  const expectPdf = async (response: Response, what: string) => {
    expect(response.status, what).toBe(200);
    expect(response.headers.get('Content-Type'), what).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), what).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount(), what).toBeGreaterThan(0);
    return doc;
  };
  const fileRoute = () => import('../../app/api/councils/[council]/boards/[board]/meetings/[meeting]/papers/[paper]/files/[file]/route');
  const packRoute = () => import('../../app/api/councils/[council]/boards/[board]/meetings/[meeting]/pack/route');

  /** Each file of each paper of each board of the council, with who may open it. */
  async function demoFiles(councilSlug: string) {
    const council = await t.prisma.council.findUniqueOrThrow({ where: { slug: councilSlug } });
    return withCouncil(council.id, (tx) =>
      tx.paperFile.findMany({
        where: { paper: { status: { not: 'WITHDRAWN' } } },
        select: {
          id: true,
          uploadedAt: true,
          storageKey: true,
          paper: {
            select: {
              id: true,
              status: true,
              marking: true,
              isLate: true,
              lateAcceptedAt: true,
              circulatedAt: true,
              meeting: { select: { id: true, board: { select: { slug: true } } } },
            },
          },
        },
      }),
    ).then((files) => ({ council, files }));
  }

  for (const [councilSlug, email] of [
    ['northbridge', DEMO_ACCOUNTS.administrator],
    ['eastmoor', DEMO_ACCOUNTS.trustAdministrator],
  ] as const) {
    it(`${councilSlug}: every paper version downloads for the administrator as a PDF`, async () => {
      await signInAs(email);
      const { files } = await demoFiles(councilSlug);
      expect(files.length).toBeGreaterThan(5);
      const { GET } = await fileRoute();
      for (const f of files) {
        const params = { council: councilSlug, board: f.paper.meeting.board.slug, meeting: f.paper.meeting.id, paper: f.paper.id, file: f.id };
        await expectPdf(await GET(new Request(`http://localhost/api/x/${f.id}`), { params: Promise.resolve(params) }), `${councilSlug} file ${f.id}`);
      }
    });
  }

  it("a member downloads every paper version the paper rule lets them open, and every meeting's pack", async () => {
    const member = await signInAs(DEMO_ACCOUNTS.member);
    const { council, files } = await demoFiles('northbridge');
    const membership = await t.prisma.councilMembership.findFirstOrThrow({ where: { personId: member.id, council: { slug: 'northbridge' }, endedAt: null } });
    const { GET } = await fileRoute();
    let opened = 0;
    const meetings = new Map<string, string>();
    for (const f of files) {
      const found = await findBoardWithRoles(council.id, membership.role, f.paper.meeting.board.slug, member.id);
      const reader = found ? paperReader(found.roles, false) : null;
      if (!mayOpenVersion(reader, f.paper, f.uploadedAt)) continue;
      const params = { council: 'northbridge', board: f.paper.meeting.board.slug, meeting: f.paper.meeting.id, paper: f.paper.id, file: f.id };
      await expectPdf(await GET(new Request(`http://localhost/api/x/${f.id}`), { params: Promise.resolve(params) }), `member file ${f.id}`);
      meetings.set(f.paper.meeting.id, f.paper.meeting.board.slug);
      opened += 1;
    }
    expect(opened).toBeGreaterThan(5);
    const pack = await packRoute();
    for (const [meeting, board] of meetings) {
      const doc = await expectPdf(
        await pack.GET(new Request(`http://localhost/api/x/pack`), { params: Promise.resolve({ council: 'northbridge', board, meeting }) }),
        `pack ${meeting}`,
      );
      // the cover and agenda, then at least one paper's page
      expect(doc.getPageCount()).toBeGreaterThan(1);
    }
  });

  it('every public paper of the public boards downloads for anyone', async () => {
    signedIn.actor = null;
    const { GET } = await import('../../app/public/[council]/[board]/papers/[file]/route');
    let served = 0;
    for (const [councilSlug, boardSlug] of [
      ['northbridge', 'improvement-board'],
      ['eastmoor', 'childrens-trust'],
    ] as const) {
      const board = await getPublicBoard(councilSlug, boardSlug);
      expect(board, `${councilSlug}/${boardSlug} is public`).not.toBeNull();
      for (const m of [...board!.coming, ...board!.recent]) {
        for (const p of [...(m.agenda ?? []).flatMap((i) => i.papers), ...m.otherPapers]) {
          await expectPdf(
            await GET(new Request('http://localhost/'), { params: Promise.resolve({ council: councilSlug, board: boardSlug, file: p.file.id }) }),
            `public ${p.title}`,
          );
          served += 1;
        }
      }
    }
    expect(served).toBeGreaterThan(0);
  });
});

// "For you" for each demo person: every number is the number the board's own page shows.
describe('For you', () => {
  async function personAndBoards(email: string) {
    const person = await t.prisma.person.findUniqueOrThrow({ where: { email } });
    const memberships = await t.prisma.councilMembership.findMany({
      where: { personId: person.id, endedAt: null },
      select: { role: true, council: { select: { id: true, slug: true, name: true, region: true } } },
    });
    const actor = { id: person.id, name: person.name, email: person.email, memberships };
    // each board as its pages resolve it: the action wrapper's own board and role lookup
    const contexts = [];
    for (const m of memberships) {
      const boards = await withCouncil(m.council.id, (tx) => tx.board.findMany({ where: { councilId: m.council.id, status: { not: 'DISSOLVED' } } }));
      for (const board of boards) {
        const found = await findBoardWithRoles(m.council.id, m.role, board.slug, person.id);
        if (!found || found.roles.length === 0) continue;
        contexts.push({
          ...boardContext(
            m.council,
            {
              id: board.id,
              slug: board.slug,
              name: board.name,
              kind: board.kind,
              status: board.status,
              isPublic: board.isPublic,
              paperNoticeWorkingDays: board.paperNoticeWorkingDays,
              apologyNoticeWorkingDays: board.apologyNoticeWorkingDays,
              minutesDistributionDays: board.minutesDistributionDays,
              quorumMinimum: board.quorumMinimum,
              riskAppetiteScore: board.riskAppetiteScore,
            },
            person.id,
            found.roles,
          ),
          councilRole: m.role,
        });
      }
    }
    return { actor, contexts };
  }

  const totals = { overdueActions: 0, minutesToApprove: 0, papersMissing: 0, membersWithoutSubstitute: 0, agendasToAgree: 0, risksToReview: 0 };
  for (const who of ['chair', 'member', 'administrator'] as const) {
    it(`${who}: the counts equal the board pages' counts, and the list holds one task per counted item`, async () => {
      const { actor, contexts } = await personAndBoards(DEMO_ACCOUNTS[who]);
      const mine = await forYou(actor, today);
      expect(mine.counts.map((c) => c.boardId).sort()).toEqual(contexts.map((c) => c.board.id).sort());
      for (const ctx of contexts) {
        const counts = mine.counts.find((c) => c.boardId === ctx.board.id)!;
        const chair = ctx.roles.includes('CHAIR');
        const admin = ctx.roles.includes('ADMINISTRATOR');
        const tasksHere = mine.tasks.filter((task) => task.board.slug === ctx.board.slug && task.council.slug === ctx.council.slug);
        // the action log's "My actions" + "Overdue" filters, as its page runs them
        const overdue = await listActions(ctx, { mine: '1', overdue: '1' }, today);
        expect(counts.overdueActions).toBe(overdue.total);
        expect(tasksHere.filter((task) => task.section === 'actions' && task.state === 'overdue').length).toBe(Math.min(overdue.total, 50));
        // the risk log: risks owned by this person's seats with a review due
        const seats = await withCouncil(ctx.council.id, (tx) => tx.seat.findMany({ where: { boardId: ctx.board.id, personId: actor.id, endsOn: null } }));
        let risks = 0;
        for (const seat of seats) risks += (await listRisks(ctx, { owner: seat.id, review: 'due' }, today)).total;
        expect(counts.risksToReview).toBe(risks);
        expect(tasksHere.filter((task) => task.section === 'risks').length).toBe(risks);
        const overview = await getBoardOverview(ctx, today);
        if (chair) {
          expect(counts.minutesToApprove).toBe(overview.minutes.filter((a) => a.kind === 'awaiting-chair').length);
          expect(tasksHere.filter((task) => task.id.startsWith('minutes-')).length).toBe(counts.minutesToApprove);
        } else {
          expect(tasksHere.filter((task) => task.section === 'chair')).toEqual([]);
        }
        if (admin) {
          expect(counts.papersMissing).toBe(overview.nextMeeting?.papersOutstanding ?? 0);
          expect(counts.minutesOverdue).toBe(overview.minutes.filter((a) => a.kind === 'overdue').length);
          const membership = await getMembership(ctx, today);
          expect(counts.membersWithoutSubstitute).toBe(membership.members.filter((s) => s.flags.includes('no-substitute')).length);
        } else {
          expect(tasksHere.filter((task) => task.section === 'admin')).toEqual([]);
        }
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
      }
      // every task links into the app, to a page of its own board (the register of interests is the council's, kept once for all its boards)
      for (const task of mine.tasks)
        expect(task.href).toMatch(
          task.section === 'interests' ? new RegExp(`^/${task.council.slug}/interests$`) : new RegExp(`^/${task.council.slug}/boards/${task.board.slug}/`),
        );
      // late work first
      for (let i = 1; i < mine.tasks.length; i++) expect(compareTasks(mine.tasks[i - 1]!, mine.tasks[i]!)).toBeLessThanOrEqual(0);
    });
  }

  it('finds real work in the demo for these people (so the equalities above are not all zeros)', () => {
    expect(totals.overdueActions).toBeGreaterThan(0);
    expect(totals.minutesToApprove).toBeGreaterThan(0);
    expect(totals.papersMissing).toBeGreaterThan(0);
    expect(totals.agendasToAgree).toBeGreaterThan(0);
  });

  it("gives the member papers to read, and My meetings the same Chair's tasks as For you", async () => {
    const member = await personAndBoards(DEMO_ACCOUNTS.member);
    const tasks = (await forYou(member.actor, today)).tasks;
    expect(tasks.some((task) => task.section === 'papers')).toBe(true);
    const chair = await personAndBoards(DEMO_ACCOUNTS.chair);
    const chairList = await chairTasks(chair.actor, today);
    expect(chairList.every((task) => task.section === 'chair')).toBe(true);
    expect(chairList.map((task) => task.id).sort()).toEqual(
      (await forYou(chair.actor, today)).tasks
        .filter((task) => task.section === 'chair')
        .map((task) => task.id)
        .sort(),
    );
  });
});

// Last in the file: the copy adds councils and people beside the demo the tests above read.
describe('a tagged copy of the demo (one per browser spec file)', () => {
  it('has its own slugs and accounts, members of the copy only, and leaves the demo as it was', async () => {
    const copy = demoCopy('copy-one');
    expect(copy).toMatchObject({ northbridge: 'northbridge-copy-one', eastmoor: 'eastmoor-copy-one' });
    expect(copy.accounts.member).toBe('dcs@copy-one.northbridge.example');
    const seeded = await seedDemo(t.prisma, { today, tag: 'copy-one' });
    expect(Object.keys(seeded.counts ?? {}).sort()).toEqual(['eastmoor-copy-one', 'northbridge-copy-one']);
    expect(await seedDemo(t.prisma, { today, tag: 'copy-one' })).toEqual({ created: false });
    const councilsOf = async (email: string) =>
      (await t.prisma.councilMembership.findMany({ where: { person: { email }, endedAt: null }, select: { council: { select: { slug: true } } } }))
        .map((m) => m.council.slug)
        .sort();
    expect(await councilsOf(copy.accounts.chair)).toEqual(['eastmoor-copy-one', 'northbridge-copy-one']);
    expect(await councilsOf(copy.accounts.administrator)).toEqual(['northbridge-copy-one']);
    expect(await councilsOf(DEMO_ACCOUNTS.chair)).toEqual(['eastmoor', 'northbridge']);
    const person = await t.prisma.person.findUniqueOrThrow({ where: { email: copy.accounts.trustAdministrator }, include: { password: true } });
    expect(await verifyPassword(person.password?.hash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(() => demoCopy('Not a slug')).toThrow(RangeError);
  });
});
