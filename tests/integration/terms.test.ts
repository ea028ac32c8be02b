import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCall } from '../../lib/action/define';
import type { ActionResult } from '../../lib/action/result';
import { withCouncil } from '../../lib/db/tenant';
import { agreeTermsDraft, approveTermsDraft, createTermsDraft, saveTermsDraft } from '../../lib/terms/actions';
import { getCurrentTerms } from '../../lib/terms/queries';
import { sectionsText, termsHash } from '../../lib/terms/hash';
import { bodyField, headingField } from '../../lib/terms/schema';
import { boardContext, closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { governanceWorld } from './governance-world';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => closeTestDatabase(t));

const NOW = new Date('2026-03-10T12:00:00Z');

/** A council with an administrator, the Chair, a member, the board and another board, and their meetings. */
async function world() {
  const g = await governanceWorld(NOW);
  return {
    ...g,
    held: await g.meeting(g.board.id, -7),
    heldEarlier: await g.meeting(g.board.id, -35),
    future: await g.meeting(g.board.id, 14, 'SCHEDULED'),
    cancelled: await g.meeting(g.board.id, -3, 'CANCELLED'),
    otherBoardMeeting: await g.meeting(g.otherBoard.id, -7),
  };
}
type World = Awaited<ReturnType<typeof world>>;

type Executable<T> = { execute: (call: ActionCall) => Promise<ActionResult<T>> };

const call = <T>(w: World, action: Executable<T>, actor: { id: string }, input: Record<string, unknown>, now = NOW) =>
  action.execute({ actorId: actor.id, councilSlug: w.council.slug, boardSlug: w.board.slug, input, now });

const readVersion = (w: World, id: string) =>
  withCouncil(w.council.id, (tx) => tx.termsVersion.findUniqueOrThrow({ where: { id }, include: { sections: { orderBy: { position: 'asc' } } } }));

/** The edit form as the page renders it, with some sections' text replaced. */
async function editForm(w: World, id: string, bodies: Record<number, string> | ((position: number) => string)) {
  const v = await readVersion(w, id);
  const form: Record<string, string> = { termsId: v.id, version: String(v.version) };
  for (const s of v.sections) {
    form[headingField(s.position)] = s.heading;
    form[bodyField(s.position)] = typeof bodies === 'function' ? bodies(s.position) : (bodies[s.position] ?? s.body);
  }
  return form;
}

async function startDraft(w: World, now = NOW) {
  const latest = await withCouncil(w.council.id, (tx) =>
    tx.termsVersion.findFirst({ where: { boardId: w.board.id }, orderBy: [{ major: 'desc' }, { minor: 'desc' }] }),
  );
  const result = await call(w, createTermsDraft, w.admin, { fromVersionId: latest?.id ?? '' }, now);
  if (!result.ok) throw new Error(`start draft: ${result.message}`);
  return (result.data as { id: string; label: string }).id;
}

/** Draft → agreed at the held meeting → approved by the Chair. */
async function agreeAndApprove(w: World, id: string, now = NOW) {
  const agreed = await call(w, agreeTermsDraft, w.admin, { termsId: id, version: String((await readVersion(w, id)).version), meetingId: w.held.id }, now);
  expect(agreed).toMatchObject({ ok: true });
  const v = await readVersion(w, id);
  return call(w, approveTermsDraft, w.chair, { termsId: id, version: String(v.version), textHash: termsHash(v.sections) }, now);
}

/** A board with approved version 1, from a first draft whose every section has text. */
async function approvedFirstVersion(w: World, now = NOW) {
  const id = await startDraft(w, now);
  expect(await call(w, saveTermsDraft, w.admin, await editForm(w, id, (p) => `Text of section ${p}.`), now)).toMatchObject({ ok: true });
  expect(await agreeAndApprove(w, id, now)).toMatchObject({ ok: true });
  return id;
}

describe('numbering', () => {
  it('goes 0.1 → 1 → 1.1 → 2, superseding the version each approval replaces', async () => {
    const w = await world();
    const first = await startDraft(w);
    expect(await readVersion(w, first)).toMatchObject({ major: 0, minor: 1, status: 'DRAFT', previousVersionId: null });
    expect((await readVersion(w, first)).sections.map((s) => s.kind)).toEqual([
      'PURPOSE',
      'FUNCTIONS',
      'MEMBERSHIP',
      'FREQUENCY',
      'REPORTING',
      'ADMINISTRATION',
      'QUORUM',
      'REVIEW',
      'DISSOLUTION',
    ]);
    expect(await call(w, saveTermsDraft, w.admin, await editForm(w, first, (p) => `Version one, section ${p}.`))).toMatchObject({ ok: true });
    expect(await agreeAndApprove(w, first)).toMatchObject({ ok: true, data: { label: '1' } });
    expect(await readVersion(w, first)).toMatchObject({ major: 1, minor: 0, status: 'APPROVED', title: 'Terms of Reference Version 1' });

    const second = await startDraft(w);
    const draft = await readVersion(w, second);
    expect(draft).toMatchObject({ major: 1, minor: 1, status: 'DRAFT', previousVersionId: first });
    // a new draft copies the latest version's text
    expect(draft.sections.map((s) => s.body)).toEqual((await readVersion(w, first)).sections.map((s) => s.body));
    expect(await call(w, saveTermsDraft, w.admin, await editForm(w, second, { 4: 'The Board meets monthly.' }))).toMatchObject({ ok: true });
    expect(await agreeAndApprove(w, second)).toMatchObject({ ok: true, data: { label: '2' } });

    expect(await readVersion(w, second)).toMatchObject({ major: 2, minor: 0, status: 'APPROVED' });
    expect(await readVersion(w, first)).toMatchObject({ major: 1, minor: 0, status: 'SUPERSEDED' });
    expect((await readVersion(w, first)).sections[3]?.body).toBe('Version one, section 4.');
  });

  it('allows one working draft at a time, and a new draft only from the latest version', async () => {
    const w = await world();
    const first = await startDraft(w);
    expect(await call(w, createTermsDraft, w.admin, { fromVersionId: first })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/still a draft/),
    });
    expect(await call(w, createTermsDraft, w.admin, { fromVersionId: '' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call(w, createTermsDraft, w.member, { fromVersionId: first })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, createTermsDraft, w.chair, { fromVersionId: first })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('approval', () => {
  it('is the Chair’s alone: an administrator and a member are refused', async () => {
    const w = await world();
    const id = await startDraft(w);
    await call(w, saveTermsDraft, w.admin, await editForm(w, id, (p) => `Section ${p}.`));
    await call(w, agreeTermsDraft, w.admin, { termsId: id, version: String((await readVersion(w, id)).version), meetingId: w.held.id });
    const v = await readVersion(w, id);
    const input = { termsId: id, version: String(v.version), textHash: termsHash(v.sections) };
    expect(await call(w, approveTermsDraft, w.admin, input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(w, approveTermsDraft, w.member, input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await readVersion(w, id)).toMatchObject({ status: 'AGREED', approvedById: null });
    expect(await call(w, approveTermsDraft, w.chair, input)).toMatchObject({ ok: true });
    expect(await readVersion(w, id)).toMatchObject({ status: 'APPROVED', approvedById: w.chair.id, approvedAt: NOW });
  });

  it('needs the board’s agreement first, and exactly the text the Chair was shown', async () => {
    const w = await world();
    const id = await startDraft(w);
    await call(w, saveTermsDraft, w.admin, await editForm(w, id, (p) => `Section ${p}.`));
    let v = await readVersion(w, id);
    expect(await call(w, approveTermsDraft, w.chair, { termsId: id, version: String(v.version), textHash: termsHash(v.sections) })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringMatching(/not agreed/),
    });
    await call(w, agreeTermsDraft, w.admin, { termsId: id, version: String(v.version), meetingId: w.held.id });
    v = await readVersion(w, id);
    const stale = await call(w, approveTermsDraft, w.chair, {
      termsId: id,
      version: String(v.version),
      textHash: termsHash([{ heading: 'Purpose', body: 'Something else' }]),
    });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await readVersion(w, id)).toMatchObject({ status: 'AGREED' });
  });

  it('records the hash of exactly the text approved', async () => {
    const w = await world();
    const id = await approvedFirstVersion(w);
    const v = await readVersion(w, id);
    const text = v.sections.map((s) => `${s.heading}\n${s.body}`).join('\n\n');
    expect(sectionsText(v.sections)).toBe(text);
    expect(v.approvedHash).toBe(crypto.createHash('sha256').update(text, 'utf8').digest('hex'));
    const events = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } }));
    expect(events.map((e) => e.kind)).toEqual(['terms.create', 'terms.update', 'terms.agree', 'terms.approve']);
    expect(events.at(-1)).toMatchObject({
      actorId: w.chair.id,
      data: { before: { status: 'AGREED', version: '0.1' }, after: { status: 'APPROVED', version: '1', approvedHash: v.approvedHash } },
    });
  });
});

describe('an approved version', () => {
  it('refuses every change through the actions', async () => {
    const w = await world();
    const id = await approvedFirstVersion(w);
    const v = await readVersion(w, id);
    const edit = await call(w, saveTermsDraft, w.admin, await editForm(w, id, { 1: 'Rewritten after approval.' }));
    expect(edit).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/approved by the Chair and cannot be changed/) });
    expect(await call(w, agreeTermsDraft, w.admin, { termsId: id, version: String(v.version), meetingId: w.held.id })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await call(w, approveTermsDraft, w.chair, { termsId: id, version: String(v.version), textHash: v.approvedHash })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await readVersion(w, id)).toEqual(v);
  });

  it('refuses a direct SQL update, from the app’s role and from the owner', async () => {
    const w = await world();
    const id = await approvedFirstVersion(w);
    const v = await readVersion(w, id);
    const section = v.sections[0]!;
    await expect(withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "TermsVersion" SET title = 'Edited' WHERE id = ${id}::uuid`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(withCouncil(w.council.id, (tx) => tx.$executeRaw`UPDATE "TermsSection" SET body = 'Edited' WHERE id = ${section.id}::uuid`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(t.db.query('UPDATE "TermsVersion" SET "approvedHash" = $1 WHERE id = $2', ['0'.repeat(64), id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query('UPDATE "TermsVersion" SET status = $1 WHERE id = $2', ['DRAFT', id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query('UPDATE "TermsSection" SET heading = $1 WHERE id = $2', ['Edited', section.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query('DELETE FROM "TermsSection" WHERE id = $1', [section.id])).rejects.toThrow(/cannot be changed/);
    expect(await readVersion(w, id)).toEqual(v);
  });

  it('may only move from approved to superseded, and then not back', async () => {
    const w = await world();
    const first = await approvedFirstVersion(w);
    const second = await startDraft(w);
    await call(w, saveTermsDraft, w.admin, await editForm(w, second, { 1: 'Changed.' }));
    expect(await agreeAndApprove(w, second)).toMatchObject({ ok: true });
    expect(await readVersion(w, first)).toMatchObject({ status: 'SUPERSEDED' });
    await expect(t.db.query('UPDATE "TermsVersion" SET status = $1 WHERE id = $2', ['APPROVED', first])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query('UPDATE "TermsSection" SET body = $1 WHERE "termsVersionId" = $2', ['x', first])).rejects.toThrow(/cannot be changed/);
  });

  it('still goes when its whole board is deleted', async () => {
    const w = await world();
    const first = await approvedFirstVersion(w);
    const second = await startDraft(w);
    await call(w, saveTermsDraft, w.admin, await editForm(w, second, { 1: 'Changed.' }));
    await agreeAndApprove(w, second);
    await t.db.query('DELETE FROM "Board" WHERE id = $1', [w.board.id]);
    expect(await t.db.query('SELECT id FROM "TermsVersion" WHERE id IN ($1, $2)', [first, second])).toEqual([]);
  });
});

describe('the review date', () => {
  it('is the approval day plus the board’s interval, flagged once it has passed', async () => {
    const w = await world();
    const approvedAt = new Date('2025-03-04T14:00:00Z');
    await approvedFirstVersion(w, approvedAt);
    const scope = boardContext(w.council, w.board, w.admin.id);
    expect((await getCurrentTerms(scope, new Date('2025-09-03T12:00:00Z')))?.review).toEqual({ reviewOn: '2025-09-04', due: false, overdue: false });
    expect((await getCurrentTerms(scope, new Date('2025-09-04T12:00:00Z')))?.review).toEqual({ reviewOn: '2025-09-04', due: true, overdue: false });
    expect((await getCurrentTerms(scope, new Date('2025-09-05T12:00:00Z')))?.review).toEqual({ reviewOn: '2025-09-04', due: true, overdue: true });
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { termsReviewMonths: 3 } }));
    expect((await getCurrentTerms(scope, new Date('2025-06-05T12:00:00Z')))?.review).toMatchObject({ reviewOn: '2025-06-04', overdue: true });
  });

  it('is absent before any version is approved', async () => {
    const w = await world();
    await startDraft(w);
    expect(await getCurrentTerms(boardContext(w.council, w.board, w.admin.id), NOW)).toBeNull();
  });
});

describe('two people editing one draft', () => {
  it('refuses the second save with the first person’s text, and loses neither', async () => {
    const w = await world();
    await approvedFirstVersion(w);
    const draft = await startDraft(w);
    const formA = await editForm(w, draft, { 2: 'Alice’s wording of the functions.' });
    const formB = await editForm(w, draft, { 2: 'Bob’s wording of the functions.' });
    expect(formA.version).toBe(formB.version);

    expect(await call(w, saveTermsDraft, w.admin, formA)).toMatchObject({ ok: true });
    const clash = await call(w, saveTermsDraft, w.admin, formB);
    expect(clash).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (clash.ok) return;
    // Alice's saved text comes back to be shown beside Bob's, which is kept as typed
    expect(clash.current?.[bodyField(2)]).toBe('Alice’s wording of the functions.');
    // only what differs from Bob's form comes back, so he sees at once what to reconcile
    expect(Object.keys(clash.current ?? {}).sort()).toEqual([bodyField(2), 'version']);
    expect(clash.values?.[bodyField(2)]).toBe('Bob’s wording of the functions.');
    expect((await readVersion(w, draft)).sections[1]?.body).toBe('Alice’s wording of the functions.');

    // Bob, having seen both, saves again on the version the clash handed back
    expect(await call(w, saveTermsDraft, w.admin, { ...formB, version: clash.current?.version })).toMatchObject({ ok: true });
    expect((await readVersion(w, draft)).sections[1]?.body).toBe('Bob’s wording of the functions.');
    // and Alice's words stay in the record
    const updates = await withCouncil(w.council.id, (tx) =>
      tx.auditEvent.findMany({ where: { entityId: draft, kind: 'terms.update' }, orderBy: { id: 'asc' } }),
    );
    expect(JSON.stringify(updates[0]?.data)).toContain('Alice’s wording of the functions.');
  });

  it('lets exactly one of two simultaneous saves through', async () => {
    const w = await world();
    const draft = await startDraft(w);
    const forms = [await editForm(w, draft, { 1: 'First.' }), await editForm(w, draft, { 1: 'Second.' })];
    const results = await Promise.all(forms.map((f) => call(w, saveTermsDraft, w.admin, f)));
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const winner = results[0]?.ok ? 'First.' : 'Second.';
    expect((await readVersion(w, draft)).sections[0]?.body).toBe(winner);
  });

  it('answers a bad field with an error beside it and keeps what was typed', async () => {
    const w = await world();
    const draft = await startDraft(w);
    const form = await editForm(w, draft, { 3: 'Kept text.' });
    const result = await call(w, saveTermsDraft, w.admin, { ...form, [headingField(2)]: '   ', [bodyField(9)]: 'x'.repeat(20_001) });
    expect(result).toMatchObject({ ok: false, code: 'INVALID' });
    if (result.ok) return;
    expect(result.fieldErrors?.[headingField(2)]?.[0]).toMatch(/Enter a heading/);
    expect(result.fieldErrors?.[bodyField(9)]?.[0]).toMatch(/20,000 characters/);
    expect(result.values?.[bodyField(3)]).toBe('Kept text.');
  });
});

describe('recording the board’s agreement', () => {
  async function readyDraft(w: World) {
    const id = await startDraft(w);
    await call(w, saveTermsDraft, w.admin, await editForm(w, id, (p) => `Section ${p}.`));
    return { id, version: String((await readVersion(w, id)).version) };
  }

  it('needs a meeting of this board that has taken place', async () => {
    const w = await world();
    const d = await readyDraft(w);
    const agree = (meetingId: string) => call(w, agreeTermsDraft, w.admin, { termsId: d.id, version: d.version, meetingId });
    expect(await agree(w.otherBoardMeeting.id)).toMatchObject({ ok: false, code: 'NOT_FOUND', fieldErrors: { meetingId: [expect.any(String)] } });
    const elsewhere = await world();
    expect(await agree(elsewhere.held.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await agree(w.future.id)).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { meetingId: [expect.stringMatching(/not taken place/)] } });
    expect(await agree(w.cancelled.id)).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { meetingId: [expect.stringMatching(/cancelled/)] } });
    expect(await agree('not-an-id')).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { meetingId: [expect.stringMatching(/Choose the meeting/)] } });
    expect(await readVersion(w, d.id)).toMatchObject({ status: 'DRAFT', agreedAtMeetingId: null });
    expect(await agree(w.heldEarlier.id)).toMatchObject({ ok: true });
    expect(await readVersion(w, d.id)).toMatchObject({ status: 'AGREED', agreedAtMeetingId: w.heldEarlier.id });
  });

  it('is refused while a section is empty, and fixes the text once recorded', async () => {
    const w = await world();
    const id = await startDraft(w);
    await call(w, saveTermsDraft, w.admin, await editForm(w, id, (p) => (p === 7 ? '' : `Section ${p}.`)));
    const version = String((await readVersion(w, id)).version);
    expect(await call(w, agreeTermsDraft, w.admin, { termsId: id, version, meetingId: w.held.id })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringMatching(/Quorum/),
    });
    await call(w, saveTermsDraft, w.admin, await editForm(w, id, { 7: 'The Chair decides.' }));
    expect(await call(w, agreeTermsDraft, w.admin, { termsId: id, version: String((await readVersion(w, id)).version), meetingId: w.held.id })).toMatchObject({
      ok: true,
    });
    expect(await call(w, saveTermsDraft, w.admin, await editForm(w, id, { 7: 'Changed after agreement.' }))).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/agreed/),
    });
  });

  it('is refused to a member and to the Chair: it is the administrator’s record', async () => {
    const w = await world();
    const d = await readyDraft(w);
    for (const who of [w.member, w.chair]) {
      expect(await call(w, agreeTermsDraft, who, { termsId: d.id, version: d.version, meetingId: w.held.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });
});
