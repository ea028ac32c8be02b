import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../lib/seed/demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../lib/seed/demo-credentials';
import { verifyPassword } from '../../lib/auth/password';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';

// The only test that uses the fixed demo slugs: the server run shares one database.
let t: TestDb;
const today = new Date('2026-11-26T10:00:00Z');
beforeAll(async () => {
  t = await openTestDatabase();
  await seedDemo(t.prisma, { today });
});
afterAll(() => closeTestDatabase(t));

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
      'Performance Management', 'Quality Assurance', 'Improving Front Line', 'Partnership Working', 'Scrutiny', 'Communications',
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
