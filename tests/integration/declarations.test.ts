import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import { declareInterest, recordDeclaration, removeDeclaration } from '../../lib/declarations/actions';
import { scheduleMeeting } from '../../lib/meetings/actions';
import { approveMinutes, correctMinutes, distributeMinutes, saveMinutesDraft, sendMinutesToChair, startMinutes } from '../../lib/minutes/actions';
import { discussionField } from '../../lib/minutes/fields';
import { liveAttendance, liveDeclarations, liveQuorum, minutesText, versionSelect } from '../../lib/minutes/load';
import { renderMinutesPdf } from '../../lib/minutes/pdf';
import { canonicalMinutesText, minutesHash, type MinutesStatus } from '../../lib/rules/minutes';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { getDeclarations } from '../../lib/declarations/queries';
import { readPdf } from './pdf-text';
import * as make from '../fixtures';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const NOW = new Date('2026-03-10T12:00:00Z');

async function world(boardData: { declarationsStandingItem?: boolean } = {}) {
  const council = await make.council();
  const admin = await make.person(council, 'The admin', { role: 'ADMIN', key: 'admin' });
  const chair = await make.person(council, 'The chair', { key: 'chair' });
  const member = await make.person(council, 'Alex Member', { key: 'member' });
  const outsider = await make.person(council, 'Not a member', { key: 'outsider' });
  const board = await make.board(council, boardData);
  const chairSeat = await make.seat(council, board, chair, { role: 'INDEPENDENT_CHAIR', agency: 'Another council', position: 'Independent Chair' });
  const memberSeat = await make.seat(council, board, member, { agency: 'Police', position: 'Chief Superintendent' });
  const held = await make.meetingDaysFrom(council, board, NOW, -3, 'HELD');
  const items = await withCouncil(council.id, async (tx) => {
    const rows = [];
    for (const [i, title] of ['Declarations of interest', 'Youth justice contract'].entries()) {
      rows.push(await tx.agendaItem.create({ data: { councilId: council.id, meetingId: held.id, position: i + 1, title, purpose: 'DECISION' } }));
    }
    await tx.attendance.create({ data: { councilId: council.id, meetingId: held.id, seatId: chairSeat.id, status: 'PRESENT' } });
    await tx.attendance.create({ data: { councilId: council.id, meetingId: held.id, seatId: memberSeat.id, status: 'PRESENT' } });
    return rows;
  });
  return { council, admin, chair, member, outsider, board, held, items };
}
type World = Awaited<ReturnType<typeof world>>;

type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };
const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, now = NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, boardSlug: w.board.slug, input, now });

const declaration = (w: World, extra: Record<string, unknown> = {}) => ({
  meetingId: w.held.id,
  agendaItemId: w.items[1]!.id,
  kind: 'PECUNIARY',
  description: 'My partner is a director of the provider bidding for the contract',
  withdrew: 'true',
  ...extra,
});

const readVersion = (w: World, id: string) =>
  withCouncil(w.council.id, (tx) => tx.minutesVersion.findUniqueOrThrow({ where: { id }, select: { ...versionSelect, meetingId: true } }));

/** Minutes drafted, sent and approved by the Chair, approving the text as shown (declarations included). */
async function approve(w: World) {
  const started = await call(w, startMinutes, w.admin, { meetingId: w.held.id });
  if (!started.ok) throw new Error(started.message);
  const id = started.data.id;
  const saved = await call(w, saveMinutesDraft, w.admin, {
    minutesId: id,
    version: '1',
    [discussionField(1)]: 'Declarations were made as recorded.',
    [discussionField(2)]: 'The board discussed the contract.',
  });
  if (!saved.ok) throw new Error(`${saved.message} ${JSON.stringify(saved.fieldErrors)}`);
  const sent = await call(w, sendMinutesToChair, w.admin, { minutesId: id, version: String((await readVersion(w, id)).version) });
  if (!sent.ok) throw new Error(sent.message);
  const shown = await withCouncil(w.council.id, async (tx) => {
    const v = await tx.minutesVersion.findUniqueOrThrow({ where: { id }, select: versionSelect });
    return minutesText(v, await liveAttendance(tx, w.held.id), await liveQuorum(tx, w.held.id), await liveDeclarations(tx, w.held.id));
  });
  const r = await call(w, approveMinutes, w.chair, { minutesId: id, version: String((await readVersion(w, id)).version), textHash: minutesHash(shown) });
  if (!r.ok) throw new Error(r.message);
  return id;
}

describe('the standing item', () => {
  const schedule = (w: World) =>
    call(w, scheduleMeeting, w.admin, {
      boardId: w.board.id,
      title: 'Improvement Board',
      kind: 'ORDINARY',
      date: '23/4/2026',
      startTime: '10:00',
      endTime: '12:00',
      virtualLink: '',
    });

  it('opens every new meeting’s agenda by default, presented by the Chair', async () => {
    const w = await world();
    const r = await schedule(w);
    if (!r.ok || !r.data.meetingId) throw new Error(JSON.stringify(r));
    const items = await withCouncil(w.council.id, (tx) => tx.agendaItem.findMany({ where: { meetingId: r.data.meetingId! }, orderBy: { position: 'asc' } }));
    expect(items.map((i) => [i.position, i.standing, i.title, i.presenter])).toEqual([
      [1, 'DECLARATIONS_OF_INTEREST', 'Declarations of interest', 'The chair'],
    ]);
  });

  it('is not added when the board turns it off', async () => {
    const w = await world({ declarationsStandingItem: false });
    const r = await schedule(w);
    if (!r.ok || !r.data.meetingId) throw new Error(JSON.stringify(r));
    expect(await withCouncil(w.council.id, (tx) => tx.agendaItem.count({ where: { meetingId: r.data.meetingId! } }))).toBe(0);
  });
});

describe('declarations at a meeting', () => {
  it('a member declares their own interest in an item', async () => {
    const w = await world();
    const r = await call(w, declareInterest, w.member, declaration(w));
    expect(r).toMatchObject({ ok: true });
    const rows = await withCouncil(w.council.id, (tx) => tx.declaration.findMany({ where: { meetingId: w.held.id } }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      personId: w.member.id,
      recordedById: w.member.id,
      kind: 'PECUNIARY',
      withdrew: true,
      declaredInRoom: false,
      agendaItemId: w.items[1]!.id,
    });
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { entityId: rows[0]!.id } }));
    expect(audit.map((a) => a.kind)).toEqual(['declaration.declare']);
  });

  it('refuses someone who does not sit on the board, and an item of another meeting', async () => {
    const w = await world();
    await withCouncil(w.council.id, (tx) =>
      tx.boardAccess.create({ data: { councilId: w.council.id, boardId: w.board.id, personId: w.outsider.id, role: 'MEMBER' } }),
    );
    expect(await call(w, declareInterest, w.outsider, declaration(w))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const other = await make.meetingDaysFrom(w.council, w.board, NOW, -10, 'HELD');
    expect(await call(w, declareInterest, w.member, declaration(w, { meetingId: other.id }))).toMatchObject({
      ok: false,
      fieldErrors: { agendaItemId: expect.any(Array) },
    });
  });

  it('the administrator records a declaration made in the room, for a member only', async () => {
    const w = await world();
    const r = await call(
      w,
      recordDeclaration,
      w.admin,
      declaration(w, { personId: w.member.id, agendaItemId: '', kind: 'NON_REGISTRABLE', withdrew: 'false' }),
    );
    expect(r).toMatchObject({ ok: true });
    const row = await withCouncil(w.council.id, (tx) => tx.declaration.findFirstOrThrow({ where: { meetingId: w.held.id } }));
    expect(row).toMatchObject({ personId: w.member.id, recordedById: w.admin.id, declaredInRoom: true, agendaItemId: null, withdrew: false });
    expect(await call(w, recordDeclaration, w.admin, declaration(w, { personId: w.outsider.id }))).toMatchObject({
      ok: false,
      fieldErrors: { personId: expect.any(Array) },
    });
    // a member cannot record for someone else
    expect(await call(w, recordDeclaration, w.member, declaration(w, { personId: w.chair.id }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('the meeting’s page shows them, in agenda order, with the forms each person may use', async () => {
    const w = await world();
    await call(w, declareInterest, w.member, declaration(w));
    await call(w, recordDeclaration, w.admin, declaration(w, { personId: w.chair.id, agendaItemId: '', withdrew: 'false' }));
    const asMember = await getDeclarations.read(boardContext(w.council, w.board, w.member.id, ['MEMBER']), w.held.id);
    expect(asMember).toMatchObject({ open: true, sitsOnBoard: true, records: false });
    expect(asMember.declarations.map((d) => [d.person.name, d.agendaItem?.position ?? null, d.declaredInRoom])).toEqual([
      ['The chair', null, true],
      ['Alex Member', 2, false],
    ]);
    const asAdmin = await getDeclarations.read(boardContext(w.council, w.board, w.admin.id), w.held.id);
    expect(asAdmin).toMatchObject({ sitsOnBoard: false, records: true });
    expect(asAdmin.members.map((m) => m.name)).toEqual(['Alex Member', 'The chair']);
    // another board's meeting is not there
    const other = await make.executiveGroup(w.council);
    await expect(getDeclarations.read(boardContext(w.council, other, w.admin.id), w.held.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a member takes back only their own declaration', async () => {
    const w = await world();
    const mine = await call(w, declareInterest, w.member, declaration(w));
    const chairs = await call(w, declareInterest, w.chair, declaration(w, { kind: 'OTHER_REGISTRABLE', withdrew: 'false' }));
    if (!mine.ok || !chairs.ok) throw new Error('declare');
    expect(await call(w, removeDeclaration, w.member, { declarationId: chairs.data.declarationId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, removeDeclaration, w.member, { declarationId: mine.data.declarationId })).toMatchObject({ ok: true });
    expect(await withCouncil(w.council.id, (tx) => tx.declaration.count({ where: { meetingId: w.held.id } }))).toBe(1);
  });

  it('appear in the approved minutes, their hash and their PDF, and are fixed from then on', async () => {
    const w = await world();
    const declared = await call(w, declareInterest, w.member, declaration(w));
    await call(
      w,
      recordDeclaration,
      w.admin,
      declaration(w, {
        personId: w.chair.id,
        agendaItemId: '',
        kind: 'OTHER_REGISTRABLE',
        description: 'Trustee of a local children’s charity',
        withdrew: 'false',
      }),
    );
    if (!declared.ok) throw new Error(declared.message);
    const id = await approve(w);
    const v = await readVersion(w, id);
    expect(v.status).toBe('APPROVED');
    const text = minutesText(v, null);
    const canonical = canonicalMinutesText(text);
    const memberLine =
      'Alex Member: Disclosable pecuniary interest, item 2, Youth justice contract: My partner is a director of the provider bidding for the contract. Withdrew for the item.';
    const chairLine = 'The chair: Other registrable interest, the meeting generally: Trustee of a local children’s charity. Remained in the meeting.';
    expect(canonical).toContain(`Declarations of interest\n${chairLine}\n${memberLine}`);
    // the approved hash covers the declarations: without them it differs
    expect(minutesHash(text)).toBe(v.approvedHash);
    expect(minutesHash({ ...text, declarations: null })).not.toBe(v.approvedHash);

    const pdf = await renderMinutesPdf({
      councilName: w.council.name,
      boardName: w.board.name,
      meeting: { title: 'Board meeting', startsAt: w.held.startsAt },
      versionNo: v.versionNo,
      status: v.status as MinutesStatus,
      approvedBy: 'The chair',
      approvedAt: v.approvedAt,
      approvedHash: v.approvedHash,
      distributedAt: null,
      confirmedAt: null,
      text,
    });
    const pages = (await readPdf(pdf)).pages.join('\n');
    expect(pages).toContain('Declarations of interest');
    expect(pages.replace(/\n/g, ' ')).toContain('Alex Member: Disclosable pecuniary interest, item 2, Youth justice contract');

    // after approval: no new declaration, no removal, and the snapshot cannot be edited
    expect(await call(w, declareInterest, w.member, declaration(w))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call(w, recordDeclaration, w.admin, declaration(w, { personId: w.member.id }))).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call(w, removeDeclaration, w.member, { declarationId: declared.data.declarationId })).toMatchObject({ ok: false, code: 'CONFLICT' });
    await expect(
      withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "MinutesVersion" SET "declarationsSnapshot" = '[]'::jsonb WHERE id = ${id}::uuid`),
    ).rejects.toThrow(/cannot be changed/);
    // the database refuses too
    await expect(
      withCouncil(w.council.id, (tx) => tx.declaration.update({ where: { id: declared.data.declarationId }, data: { withdrew: false } })),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('a correction of the minutes reopens them; the approved version keeps what it was approved with', async () => {
    const w = await world();
    await call(w, declareInterest, w.member, declaration(w));
    const v1 = await approve(w);
    const step = async (action: Executable<unknown>, minutesId: string) =>
      call(w, action, w.admin, { minutesId, version: String((await readVersion(w, minutesId)).version) });
    expect(await step(distributeMinutes, v1)).toMatchObject({ ok: true });
    expect(await step(correctMinutes, v1)).toMatchObject({ ok: true });
    const late = await call(
      w,
      recordDeclaration,
      w.admin,
      declaration(w, { personId: w.chair.id, agendaItemId: '', description: 'Governor of a local school', withdrew: 'false' }),
    );
    expect(late).toMatchObject({ ok: true });
    const approvedV1 = await readVersion(w, v1);
    expect(minutesText(approvedV1, null).declarations?.map((d) => d.name)).toEqual(['Alex Member']);
    expect(minutesHash(minutesText(approvedV1, null))).toBe(approvedV1.approvedHash);
    const v2 = await withCouncil(w.council.id, (tx) =>
      tx.minutesVersion.findFirstOrThrow({ where: { meetingId: w.held.id, versionNo: 2 }, select: versionSelect }),
    );
    const draft = await withCouncil(w.council.id, async (tx) =>
      minutesText(v2, await liveAttendance(tx, w.held.id), null, await liveDeclarations(tx, w.held.id)),
    );
    expect(draft.declarations?.map((d) => d.name)).toEqual(['The chair', 'Alex Member']);
  });
});
