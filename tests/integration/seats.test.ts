import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreeSeatChange, changeSubstitute, createSeat, endSeat, fillSeat, updateSeat } from '../../lib/seats/actions';
import { getMembership } from '../../lib/seats/queries';
import { seatFormDefaults, seatSelect } from '../../lib/seats/snapshot';
import { withCouncil } from '../../lib/db/tenant';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const now = new Date('2026-03-20T12:00:00Z');
const hours = (n: number) => n * 3_600_000;

/**
 * A council with an Improvement Board, its administrator, a Chair and a member by board
 * access, three more council members to seat (Dana, Eli, Fay), a meeting held last
 * week, one to come and one cancelled, and a second board with a meeting of its own.
 */
async function world() {
  const c = await make.council();
  const person = (name: string, role: 'ADMIN' | 'MEMBER' = 'MEMBER') => make.person(c, name, { role });
  const admin = await person('Admin Person', 'ADMIN');
  const chair = await person('Chair Person');
  const member = await person('Member Person');
  const dana = await person('Dana Director');
  const eli = await person('Eli Leader');
  const fay = await person('Fay Officer');
  const board = await make.board(c);
  const other = await make.executiveGroup(c, { actionReferencePrefix: 'EG' });
  await make.access(c, board, chair, 'CHAIR');
  await make.access(c, board, member, 'MEMBER');
  const meeting = (b: { id: string }, title: string, startsAt: Date, status: 'HELD' | 'SCHEDULED' | 'CANCELLED') =>
    make.meeting(c, b, { title, startsAt, status });
  const rows = {
    board,
    other,
    held: await meeting(board, 'March board', new Date(now.getTime() - hours(24 * 7)), 'HELD'),
    upcoming: await meeting(board, 'April board', new Date(now.getTime() + hours(24 * 14)), 'SCHEDULED'),
    cancelled: await meeting(board, 'Cancelled board', new Date(now.getTime() - hours(24 * 3)), 'CANCELLED'),
    otherMeeting: await meeting(other, 'Executive Group', new Date(now.getTime() - hours(24 * 2)), 'HELD'),
  };
  const call = (actorId: string) => ({ actorId, councilSlug: c.slug, boardSlug: 'improvement-board', now });
  const seat = (id: string) => withCouncil(c.id, (tx) => tx.seat.findUniqueOrThrow({ where: { id }, select: { ...seatSelect, agreedAtMeetingId: true } }));
  const changes = (seatId: string) => withCouncil(c.id, (tx) => tx.seatChange.findMany({ where: { seatId }, orderBy: { createdAt: 'asc' } }));
  const add = async (input: Record<string, unknown>) => {
    const result = await createSeat.execute({ ...call(admin.id), input: { role: 'MEMBER', agency: 'Test Council', position: 'Officer', ...input } });
    if (!result.ok) throw new Error(`createSeat: ${JSON.stringify(result)}`);
    return result.data;
  };
  const ctx = boardContext(
    c,
    {
      id: rows.board.id,
      slug: rows.board.slug,
      name: rows.board.name,
      kind: 'IMPROVEMENT_BOARD',
      status: 'PROVISIONAL',
      isPublic: false,
      paperNoticeWorkingDays: 5,
      apologyNoticeWorkingDays: 2,
      minutesDistributionDays: 7,
      quorumMinimum: null,
      riskAppetiteScore: 12,
    },
    admin.id,
  );
  return { council: c, admin, chair, member, dana, eli, fay, ...rows, call, seat, changes, add, ctx };
}
type World = Awaited<ReturnType<typeof world>>;

const fieldOf = (result: { ok: boolean; fieldErrors?: Record<string, string[]> } & Record<string, unknown>, field: string) =>
  result.ok ? undefined : result.fieldErrors?.[field]?.[0];

describe('adding seats', () => {
  it('adds a member with a new contact as substitute, keeping the change as history and agreed at a meeting', async () => {
    const w = await world();
    const result = await createSeat.execute({
      ...w.call(w.admin.id),
      input: {
        personChoice: w.dana.id,
        role: 'MEMBER',
        agency: 'Test Council',
        position: "Director of Children's Services",
        startsOn: '1/3/2026',
        substituteChoice: 'NEW',
        newSubstituteName: 'Kim Deputy',
        agreedAtMeetingId: w.held.id,
      },
    });
    expect(result).toMatchObject({ ok: true, data: { flags: [] } });
    if (!result.ok) return;
    const seat = await w.seat(result.data.seatId);
    expect(seat).toMatchObject({
      personId: w.dana.id,
      role: 'MEMBER',
      position: "Director of Children's Services",
      substitute: { name: 'Kim Deputy' },
      agreedAtMeetingId: w.held.id,
      version: 1,
    });
    expect(seat.startsOn?.toISOString().slice(0, 10)).toBe('2026-03-01');
    // an external contact: a person with no email and no password
    expect(await t.prisma.person.findUniqueOrThrow({ where: { id: seat.substitutePersonId! }, include: { password: true } })).toMatchObject({
      email: null,
      password: null,
    });
    const [change] = await w.changes(seat.id);
    expect(change).toMatchObject({
      agreedAtMeetingId: w.held.id,
      recordedById: w.admin.id,
      before: null,
      after: { person: 'Dana Director', role: 'MEMBER', substitute: 'Kim Deputy', startsOn: '2026-03-01' },
    });
    expect(change?.summary).toBe("Added Dana Director as board member: Director of Children's Services, Test Council, with Kim Deputy as substitute");
    expect(await withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { kind: 'seat.create', entityId: seat.id } }))).toBe(1);
  });

  it('saves a member with no substitute yet, flagged prominently rather than refused', async () => {
    const w = await world();
    const result = await createSeat.execute({
      ...w.call(w.admin.id),
      input: { personChoice: w.dana.id, role: 'VICE_CHAIR', agency: 'Council', position: 'Leader' },
    });
    expect(result).toMatchObject({ ok: true, data: { flags: ['no-substitute'] } });
    expect(result.ok && result.message).toMatch(/No substitute is nominated yet/);
    const m = await getMembership(w.ctx, now);
    expect(m.members.map((s) => [s.person?.name, s.flags])).toEqual([['Dana Director', ['no-substitute']]]);
  });

  it('adds a seat to be appointed, which takes no substitute, and fills it later', async () => {
    const w = await world();
    const refused = await createSeat.execute({
      ...w.call(w.admin.id),
      input: { personChoice: 'VACANT', role: 'MEMBER', agency: 'Schools', position: 'Secondary head', substituteChoice: w.fay.id },
    });
    expect(fieldOf(refused, 'substituteChoice')).toMatch(/nobody to substitute for/);
    const { seatId, flags } = await w.add({ personChoice: 'VACANT', agency: 'Schools', position: 'Secondary head' });
    expect(flags).toEqual([]);
    expect(await w.seat(seatId)).toMatchObject({ personId: null, startsOn: null });
    const filled = await fillSeat.execute({
      ...w.call(w.admin.id),
      input: {
        seatId,
        version: '1',
        personChoice: 'NEW',
        newPersonName: 'Head Teacher',
        newPersonEmail: 'HEAD@School.example.test',
        agreedAtMeetingId: w.held.id,
      },
    });
    expect(filled).toMatchObject({ ok: true, data: { flags: ['no-substitute'] } });
    const seat = await w.seat(seatId);
    expect(seat).toMatchObject({ person: { name: 'Head Teacher' }, version: 2 });
    expect(seat.startsOn?.toISOString().slice(0, 10)).toBe('2026-03-20');
    expect(await t.prisma.person.findUniqueOrThrow({ where: { id: seat.personId! }, include: { password: true } })).toMatchObject({
      email: 'head@school.example.test',
      password: null,
    });
    expect((await w.changes(seatId)).map((c) => c.summary)).toEqual([
      'Added a seat to be appointed (board member): Secondary head, Schools',
      'Head Teacher fills the seat: Secondary head, Schools',
    ]);
    const again = await fillSeat.execute({ ...w.call(w.admin.id), input: { seatId, version: '2', personChoice: w.eli.id } });
    expect(fieldOf(again, 'personChoice')).toMatch(/already holds this seat/);
  });

  it('refuses a new contact whose email is already on record, keeping what was typed', async () => {
    const w = await world();
    const input = { personChoice: 'NEW', newPersonName: 'Dana Again', newPersonEmail: w.dana.email!, role: 'MEMBER', agency: 'A', position: 'P' };
    const result = await createSeat.execute({ ...w.call(w.admin.id), input });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', values: input });
    expect(fieldOf(result, 'newPersonEmail')).toMatch(/already on record/);
  });

  it('answers bad input with every field named and what was typed kept', async () => {
    const w = await world();
    const input = {
      personChoice: w.dana.id,
      newPersonName: 'Also someone new',
      role: 'EMPEROR',
      agency: '',
      position: '',
      startsOn: '30/2/2026',
      endsOn: '',
      substituteChoice: 'not-a-person',
      agreedAtMeetingId: 'x',
    };
    const result = await createSeat.execute({ ...w.call(w.admin.id), input });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', values: input });
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).sort()).toEqual([
      'agency',
      'agreedAtMeetingId',
      'newPersonName',
      'position',
      'role',
      'startsOn',
      'substituteChoice',
    ]);
    const ends = await createSeat.execute({
      ...w.call(w.admin.id),
      input: { personChoice: '', role: 'MEMBER', agency: 'A', position: 'P', startsOn: '2026-03-10', endsOn: '2026-03-01' },
    });
    expect(Object.keys(ends.ok ? {} : (ends.fieldErrors ?? {})).sort()).toEqual(['endsOn', 'personChoice']);
    expect(await withCouncil(w.council.id, (tx) => tx.seat.count())).toBe(0);
  });

  it('lists members first (Independent Chair, Chair, Vice-Chair, members), then attendees, then former seats', async () => {
    const w = await world();
    await w.add({ personChoice: 'NEW', newPersonName: 'Attendee One', role: 'ATTENDEE' });
    await w.add({ personChoice: 'NEW', newPersonName: 'Member One', role: 'MEMBER', substituteChoice: 'NEW', newSubstituteName: 'Sub One' });
    await w.add({ personChoice: 'NEW', newPersonName: 'Vice One', role: 'VICE_CHAIR' });
    await w.add({ personChoice: 'NEW', newPersonName: 'Independent One', role: 'INDEPENDENT_CHAIR' });
    await w.add({ personChoice: 'NEW', newPersonName: 'Gone One', role: 'MEMBER', startsOn: '2025-01-01', endsOn: '2026-03-01' });
    const m = await getMembership(w.ctx, now);
    expect(m.members.map((s) => [s.person?.name, s.substitute?.name ?? null])).toEqual([
      ['Independent One', null],
      ['Vice One', null],
      ['Member One', 'Sub One'],
    ]);
    expect(m.attendees.map((s) => s.person?.name)).toEqual(['Attendee One']);
    expect(m.former.map((s) => s.person?.name)).toEqual(['Gone One']);
    expect(m.history).toHaveLength(5);
  });
});

describe('one named substitute, who is not a member', () => {
  it('refuses two substitutes for one member', async () => {
    const w = await world();
    const form = new FormData();
    for (const [k, v] of Object.entries({ personChoice: w.dana.id, role: 'MEMBER', agency: 'A', position: 'P' })) form.append(k, v);
    form.append('substituteChoice', w.eli.id);
    form.append('substituteChoice', w.fay.id);
    const result = await createSeat.execute({ ...w.call(w.admin.id), input: form });
    expect(fieldOf(result, 'substituteChoice')).toBe('Each member nominates exactly one named substitute: choose one person');
  });

  it('refuses a substitute who is a member (or attendee) of the board, or the member themself', async () => {
    const w = await world();
    await w.add({ personChoice: w.dana.id, substituteChoice: 'NEW', newSubstituteName: 'Dana’s deputy' });
    await w.add({ personChoice: w.fay.id, role: 'ATTENDEE' });
    const input = { personChoice: w.eli.id, role: 'MEMBER', agency: 'Council', position: 'Leader', substituteChoice: w.dana.id };
    const result = await createSeat.execute({ ...w.call(w.admin.id), input });
    expect(result).toMatchObject({ ok: false, code: 'INVALID', values: input });
    expect(fieldOf(result, 'substituteChoice')).toMatch(/^Dana Director is a member of this board, so cannot be a substitute on it/);
    expect(fieldOf(await createSeat.execute({ ...w.call(w.admin.id), input: { ...input, substituteChoice: w.fay.id } }), 'substituteChoice')).toMatch(
      /^Fay Officer is a member/,
    );
    expect(fieldOf(await createSeat.execute({ ...w.call(w.admin.id), input: { ...input, substituteChoice: w.eli.id } }), 'substituteChoice')).toMatch(
      /own substitute/,
    );
    expect(await withCouncil(w.council.id, (tx) => tx.seat.count({ where: { personId: w.eli.id } }))).toBe(0);
  });

  it('refuses to make another member’s substitute a member, until that nomination changes', async () => {
    const w = await world();
    const dana = await w.add({ personChoice: w.dana.id, substituteChoice: w.eli.id });
    const refused = await createSeat.execute({
      ...w.call(w.admin.id),
      input: { personChoice: w.eli.id, role: 'ATTENDEE', agency: 'Council', position: 'Leader' },
    });
    expect(fieldOf(refused, 'personChoice')).toMatch(/^Eli Leader is the nominated substitute for another member/);
    const vacancy = await w.add({ personChoice: 'VACANT' });
    expect(
      fieldOf(await fillSeat.execute({ ...w.call(w.admin.id), input: { seatId: vacancy.seatId, version: '1', personChoice: w.eli.id } }), 'personChoice'),
    ).toMatch(/nominated substitute/);
    // Dana names Fay instead; Eli may then join
    expect(await changeSubstitute.execute({ ...w.call(w.admin.id), input: { seatId: dana.seatId, version: '1', substituteChoice: w.fay.id } })).toMatchObject({
      ok: true,
    });
    expect(
      await createSeat.execute({ ...w.call(w.admin.id), input: { personChoice: w.eli.id, role: 'ATTENDEE', agency: 'Council', position: 'Leader' } }),
    ).toMatchObject({ ok: true });
  });

  it('lets a former member be a substitute once their seat has ended', async () => {
    const w = await world();
    const dana = await w.add({ personChoice: w.dana.id, startsOn: '2025-01-01' });
    const eli = await w.add({ personChoice: w.eli.id });
    const nominate = () => changeSubstitute.execute({ ...w.call(w.admin.id), input: { seatId: eli.seatId, version: '1', substituteChoice: w.dana.id } });
    expect(fieldOf(await nominate(), 'substituteChoice')).toMatch(/is a member of this board/);
    expect(
      await endSeat.execute({ ...w.call(w.admin.id), input: { seatId: dana.seatId, version: '1', endsOn: '19/3/2026', agreedAtMeetingId: w.held.id } }),
    ).toMatchObject({ ok: true });
    expect(await nominate()).toMatchObject({ ok: true, data: { flags: [] } });
  });

  it('nominates, replaces and withdraws a substitute, each kept as history', async () => {
    const w = await world();
    const { seatId } = await w.add({ personChoice: w.dana.id });
    const sub = (version: number, input: Record<string, string>) =>
      changeSubstitute.execute({ ...w.call(w.admin.id), input: { seatId, version: String(version), ...input } });
    expect(await sub(1, { substituteChoice: w.eli.id })).toMatchObject({ ok: true, data: { flags: [] } });
    expect(fieldOf(await sub(2, { substituteChoice: w.eli.id }), 'substituteChoice')).toMatch(/already the nominated substitute/);
    expect(await sub(2, { newSubstituteName: 'Kim Deputy' })).toMatchObject({ ok: true });
    expect(await sub(3, { substituteChoice: '' })).toMatchObject({ ok: true, data: { flags: ['no-substitute'] } });
    expect((await w.changes(seatId)).map((c) => c.summary)).toEqual([
      'Added Dana Director as board member: Officer, Test Council',
      'Eli Leader nominated as Dana Director’s substitute',
      'Kim Deputy replaces Eli Leader as Dana Director’s substitute',
      'Kim Deputy is no longer Dana Director’s substitute',
    ]);
  });

  it('refuses substitutes on a board that takes none', async () => {
    const w = await world();
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { substitutesPerMember: 0 } }));
    const result = await createSeat.execute({
      ...w.call(w.admin.id),
      input: { personChoice: w.dana.id, role: 'MEMBER', agency: 'A', position: 'P', substituteChoice: w.eli.id },
    });
    expect(fieldOf(result, 'substituteChoice')).toMatch(/does not use nominated substitutes/);
    expect(await w.add({ personChoice: w.dana.id })).toMatchObject({ flags: [] });
  });
});

describe('who may change the membership', () => {
  it('refuses the Chair and a member; only administrators change membership', async () => {
    const w = await world();
    const { seatId } = await w.add({ personChoice: w.dana.id });
    for (const actor of [w.chair, w.member]) {
      expect(await createSeat.execute({ ...w.call(actor.id), input: { personChoice: w.eli.id, role: 'MEMBER', agency: 'A', position: 'P' } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await updateSeat.execute({ ...w.call(actor.id), input: { seatId, version: '1', role: 'CHAIR', agency: 'A', position: 'P' } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await changeSubstitute.execute({ ...w.call(actor.id), input: { seatId, version: '1', substituteChoice: w.eli.id } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await endSeat.execute({ ...w.call(actor.id), input: { seatId, version: '1', endsOn: '2026-03-20' } })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    // a seat holder is a member of the board, and still may not change it
    expect(await changeSubstitute.execute({ ...w.call(w.dana.id), input: { seatId, version: '1', substituteChoice: w.eli.id } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await w.seat(seatId)).toMatchObject({ version: 1, role: 'MEMBER', substitutePersonId: null });
    expect(await w.changes(seatId)).toHaveLength(1);
  });
});

describe('two people editing one seat', () => {
  const detailForm = async (w: World, seatId: string) => {
    const d = seatFormDefaults(await w.seat(seatId));
    return { seatId: d.seatId, version: d.version, role: d.role, agency: d.agency, position: d.position, startsOn: d.startsOn };
  };

  it('gives the second save a clash showing the first’s values, and loses neither', async () => {
    const w = await world();
    const { seatId } = await w.add({ personChoice: w.dana.id, startsOn: '2026-01-05' });
    const form = await detailForm(w, seatId);
    expect(
      await updateSeat.execute({ ...w.call(w.admin.id), input: { ...form, position: 'Director of Children’s Services', role: 'VICE_CHAIR' } }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await updateSeat.execute({ ...w.call(w.admin.id), input: { ...form, agency: 'Health', position: 'Chief Nurse' } });
    expect(second).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (second.ok) return;
    // only the form's own fields, as a person reads them
    expect(second.current).toEqual({
      version: '2',
      role: 'Vice-Chair',
      agency: 'Test Council',
      position: 'Director of Children’s Services',
      startsOn: '5 Jan 2026',
    });
    expect(second.values).toMatchObject({ agency: 'Health', position: 'Chief Nurse', version: '1' });
    expect(await w.seat(seatId)).toMatchObject({ role: 'VICE_CHAIR', agency: 'Test Council', position: 'Director of Children’s Services', version: 2 });
    const again = await updateSeat.execute({ ...w.call(w.admin.id), input: { ...second.values, version: second.current?.version } });
    expect(again).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await w.seat(seatId)).toMatchObject({ role: 'MEMBER', agency: 'Health', position: 'Chief Nurse' });
    expect((await w.changes(seatId)).map((c) => c.summary).slice(1)).toEqual([
      'Changed Dana Director’s seat: role board member → Vice-Chair; position Officer → Director of Children’s Services',
      'Changed Dana Director’s seat: role Vice-Chair → board member; agency Test Council → Health; position Director of Children’s Services → Chief Nurse',
    ]);
  });

  it('refuses a stale form even when someone changed the seat through another form', async () => {
    const w = await world();
    const { seatId } = await w.add({ personChoice: w.dana.id });
    const form = await detailForm(w, seatId);
    expect(await changeSubstitute.execute({ ...w.call(w.admin.id), input: { seatId, version: '1', substituteChoice: w.eli.id } })).toMatchObject({ ok: true });
    expect(await updateSeat.execute({ ...w.call(w.admin.id), input: { ...form, position: 'Leader' } })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const stale = await changeSubstitute.execute({ ...w.call(w.admin.id), input: { seatId, version: '1', substituteChoice: w.fay.id } });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', current: { version: '2', substituteChoice: 'Eli Leader' } });
  });

  it('lets exactly one of two saves racing each other through', async () => {
    const w = await world();
    const { seatId } = await w.add({ personChoice: w.dana.id });
    const form = await detailForm(w, seatId);
    const results = await Promise.all(['One', 'Two'].map((p) => updateSeat.execute({ ...w.call(w.admin.id), input: { ...form, position: p } })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
    expect(await w.seat(seatId)).toMatchObject({ version: 2 });
    expect(await w.changes(seatId)).toHaveLength(2);
  });
});

describe('agreed by the board at a meeting', () => {
  it('takes only a meeting of this board that has taken place', async () => {
    const w = await world();
    const base = { personChoice: w.dana.id, role: 'MEMBER', agency: 'A', position: 'P' };
    for (const meeting of [w.upcoming, w.cancelled]) {
      expect(fieldOf(await createSeat.execute({ ...w.call(w.admin.id), input: { ...base, agreedAtMeetingId: meeting.id } }), 'agreedAtMeetingId')).toMatch(
        /has taken place/,
      );
    }
    expect(await createSeat.execute({ ...w.call(w.admin.id), input: { ...base, agreedAtMeetingId: w.otherMeeting.id } })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('marks a change agreed afterwards, once, and the seat with it', async () => {
    const w = await world();
    const { seatId } = await w.add({ personChoice: w.dana.id });
    const [change] = await w.changes(seatId);
    expect((await w.seat(seatId)).agreedAtMeetingId).toBeNull();
    const agree = () => agreeSeatChange.execute({ ...w.call(w.admin.id), input: { changeId: change!.id, meetingId: w.held.id } });
    expect(await agree()).toMatchObject({ ok: true });
    expect(await agree()).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await w.changes(seatId))[0]).toMatchObject({ agreedAtMeetingId: w.held.id });
    expect((await w.seat(seatId)).agreedAtMeetingId).toBe(w.held.id);
    expect(await agreeSeatChange.execute({ ...w.call(w.chair.id), input: { changeId: change!.id, meetingId: w.held.id } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('a new Chair on the coming agendas', () => {
  it('names the Chair who will chair each coming meeting on the standing items the Chair presents, leaving a presenter the administrator typed', async () => {
    const w = await world();
    const first = await w.add({
      personChoice: w.chair.id,
      role: 'INDEPENDENT_CHAIR',
      agency: 'Independent',
      position: 'Independent Chair',
      startsOn: '1/1/2026',
    });
    const items = await withCouncil(w.council.id, async (tx) => {
      const item = (position: number, title: string, standing: 'APOLOGIES' | 'FORWARD_PLAN' | 'ACTION_LOG', presenter: string | null) =>
        tx.agendaItem.create({ data: { councilId: w.council.id, meetingId: w.upcoming.id, position, title, standing, purpose: 'INFORMATION', presenter } });
      return {
        apologies: await item(1, 'Welcome, introductions and apologies', 'APOLOGIES', 'Chair Person'),
        actions: await item(2, 'Action log', 'ACTION_LOG', 'Head of Performance'),
        forward: await item(3, 'Forward plan', 'FORWARD_PLAN', 'Vice-Chair of the Board'),
      };
    });
    const presenters = () =>
      withCouncil(w.council.id, (tx) =>
        tx.agendaItem.findMany({ where: { meetingId: w.upcoming.id }, orderBy: { position: 'asc' }, select: { presenter: true } }),
      );

    // the Chair steps down before the April meeting: until someone is appointed, the item says "Chair"
    expect(await endSeat.execute({ ...w.call(w.admin.id), input: { seatId: first.seatId, version: '1', endsOn: '25/3/2026' } })).toMatchObject({ ok: true });
    expect((await presenters()).map((p) => p.presenter)).toEqual(['Chair', 'Head of Performance', 'Vice-Chair of the Board']);

    // a new Independent Chair from 1 April chairs the April meeting
    await w.add({ personChoice: w.dana.id, role: 'INDEPENDENT_CHAIR', agency: 'Independent', position: 'Independent Chair', startsOn: '1/4/2026' });
    expect((await presenters()).map((p) => p.presenter)).toEqual(['Dana Director', 'Head of Performance', 'Vice-Chair of the Board']);
    expect(items.apologies.presenter).toBe('Chair Person');
  });
});
