import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import { addInterest, endInterest, publishInterestRegister, reviewInterests, updateInterest } from '../../lib/interests/actions';
import { getPublicInterests, interestRegisterPage, interestReviewDue, publicInterestRegister, registerOfPerson } from '../../lib/interests/queries';
import { interestReviewTasks } from '../../lib/interests/for-you';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const NOW = new Date('2026-03-10T12:00:00Z');
const LATER = new Date('2026-06-01T12:00:00Z');

async function world() {
  const council = await make.council();
  const admin = await make.person(council, 'The admin', { role: 'ADMIN', key: 'admin' });
  const member = await make.person(council, 'Alex Member', { key: 'member' });
  const other = await make.person(council, 'Sam Other', { key: 'other' });
  const board = await make.board(council, { isPublic: true });
  await make.seat(council, board, member, { agency: 'Police', position: 'Chief Superintendent' });
  return { council, admin, member, other, board };
}
type World = Awaited<ReturnType<typeof world>>;

type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };
const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, now = NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, input, now });

const entry = { category: 'EMPLOYMENT', description: 'Chief Superintendent, County Police', fromOn: '1/4/2024', toOn: '' };
const register = (w: World, personId: string, now = LATER) => withCouncil(w.council.id, (tx) => registerOfPerson(tx, w.council.id, personId, now));

describe('a register of interests', () => {
  it('a member adds to their own register; a change keeps the earlier entry in its history', async () => {
    const w = await world();
    const added = await call(w, addInterest, w.member, { personId: '', ...entry });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const changed = await call(
      w,
      updateInterest,
      w.member,
      { entryId: added.data.entryId, ...entry, description: 'Chief Superintendent, Metropolitan Police' },
      LATER,
    );
    expect(changed).toMatchObject({ ok: true });
    const r = await register(w, w.member.id);
    expect(r.current.map((e) => e.description)).toEqual(['Chief Superintendent, Metropolitan Police']);
    expect(r.history).toMatchObject([{ id: added.data.entryId, description: 'Chief Superintendent, County Police', supersededAt: LATER }]);
    expect(r.history[0]!.replacedById).toBe(r.current[0]!.id);
    // the replaced entry cannot be changed again
    expect(await call(w, updateInterest, w.member, { entryId: added.data.entryId, ...entry })).toMatchObject({ ok: false, code: 'CONFLICT' });
    // ending an interest takes it off the register but keeps it
    expect(await call(w, endInterest, w.member, { entryId: r.current[0]!.id }, LATER)).toMatchObject({ ok: true });
    const after = await register(w, w.member.id);
    expect(after.current).toEqual([]);
    expect(after.history).toHaveLength(2);
  });

  it('a member cannot change someone else’s register; an administrator keeps anyone’s in the council', async () => {
    const w = await world();
    expect(await call(w, addInterest, w.member, { personId: w.other.id, ...entry })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const byAdmin = await call(w, addInterest, w.admin, { personId: w.other.id, ...entry });
    if (!byAdmin.ok) throw new Error(JSON.stringify(byAdmin));
    expect(await call(w, endInterest, w.member, { entryId: byAdmin.data.entryId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const stranger = await make.person(await make.council('Elsewhere Council'), 'Someone elsewhere');
    expect(await call(w, addInterest, w.admin, { personId: stranger.id, ...entry })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call(w, addInterest, w.member, { personId: '', ...entry, fromOn: '1/4/2025', toOn: '1/4/2024' })).toMatchObject({
      ok: false,
      fieldErrors: { toOn: expect.any(Array) },
    });
  });

  it('its page shows a member their own register only, and an administrator anyone’s in the council', async () => {
    const w = await world();
    await call(w, addInterest, w.other, { personId: '', ...entry });
    const as = (person: { id: string; name: string }, role: 'ADMIN' | 'MEMBER') => ({
      actor: { id: person.id, name: person.name, email: null },
      council: { id: w.council.id, slug: w.council.slug, name: w.council.name, region: 'ENGLAND_AND_WALES' },
      councilRole: role,
    });
    const own = await interestRegisterPage(as(w.other, 'MEMBER'), undefined, NOW);
    expect(own).toMatchObject({ own: true, admin: false, people: [], person: { id: w.other.id } });
    expect(own.current.map((e) => e.description)).toEqual([entry.description]);
    await expect(interestRegisterPage(as(w.member, 'MEMBER'), w.other.id, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const byAdmin = await interestRegisterPage(as(w.admin, 'ADMIN'), w.other.id, NOW);
    expect(byAdmin).toMatchObject({ own: false, admin: true, person: { name: 'Sam Other' }, publish: false });
    expect(byAdmin.people.map((p) => [p.name, p._count.interests])).toEqual([
      ['Alex Member', 0],
      ['Sam Other', 1],
      ['The admin', 0],
    ]);
    // someone of another council is not there, even for an administrator
    const stranger = await make.person(await make.council('Elsewhere Council'), 'Someone elsewhere');
    await expect(interestRegisterPage(as(w.admin, 'ADMIN'), stranger.id, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is reviewed yearly: due before a first review, current for twelve months, then due again', async () => {
    const w = await world();
    const due = (now: Date) => withCouncil(w.council.id, (tx) => interestReviewDue(tx, w.council.id, w.member.id, now));
    expect(await due(NOW)).toBe(true);
    expect(await call(w, reviewInterests, w.member, { personId: '' })).toMatchObject({ ok: true });
    expect(await due(LATER)).toBe(false);
    expect(await due(new Date('2027-03-10T12:00:00Z'))).toBe(true);
    expect((await register(w, w.member.id)).review).toEqual({ kind: 'current', dueOn: '2027-03-10' });
  });

  it('puts the review on the For you list of a seat holder while it is due, and not of someone with no seat', async () => {
    const w = await world();
    const memberships = [{ council: w.council }];
    expect(await interestReviewTasks(w.member.id, memberships, NOW)).toMatchObject([
      { section: 'interests', text: 'Review your register of interests', state: 'to-do', due: null, board: { slug: w.board.slug } },
    ]);
    expect(await interestReviewTasks(w.other.id, memberships, NOW)).toEqual([]);
    await call(w, reviewInterests, w.member, { personId: '' });
    expect(await interestReviewTasks(w.member.id, memberships, LATER)).toEqual([]);
    expect(await interestReviewTasks(w.member.id, memberships, new Date('2027-03-11T12:00:00Z'))).toMatchObject([
      { state: 'overdue', due: new Date('2027-03-10T00:00:00Z') },
    ]);
  });

  it('is public on a public board only when the council chooses, and shows only its seat holders’ current interests', async () => {
    const w = await world();
    await call(w, addInterest, w.member, { personId: '', ...entry });
    await call(w, addInterest, w.other, { personId: '', ...entry, description: 'Not on the board' });
    const shown = () => withCouncil(w.council.id, (tx) => publicInterestRegister(tx, w.council.id, w.board.id, LATER));
    expect(await shown()).toBeNull();
    expect(await getPublicInterests(w.council.slug, w.board.slug, LATER)).toBeNull();
    expect(await call(w, publishInterestRegister, w.member, { publishInterestRegister: 'true' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, publishInterestRegister, w.admin, { publishInterestRegister: 'true' })).toMatchObject({ ok: true });
    expect(await shown()).toEqual([
      {
        name: 'Alex Member',
        position: 'Chief Superintendent',
        agency: 'Police',
        interests: [{ personId: w.member.id, category: 'EMPLOYMENT', description: entry.description, fromOn: new Date('2024-04-01T00:00:00Z'), toOn: null }],
      },
    ]);
    expect((await getPublicInterests(w.council.slug, w.board.slug, LATER))?.members).toHaveLength(1);
    // a private board publishes nothing, whatever the council chose
    const hidden = await make.board(w.council, { slug: 'private-board', isPublic: false });
    expect(await getPublicInterests(w.council.slug, hidden.slug, LATER)).toBeNull();
  });
});
