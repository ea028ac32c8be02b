// Over 300 lines on purpose: a commissioned paper's whole life (asked for, uploaded through
// its link, reviewed, sent back, circulated), the refusals at each step and the overdue counts.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { createPrismaClient } from '../../lib/db/connection';
import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { runDueReminders } from '../../lib/reminders';
import { changeCommissionDue, circulateCommission, requestCommission, reviewCommission, withdrawCommission } from '../../lib/papers/commissions/actions';
import { handleCommissionUpload } from '../../lib/papers/commissions/upload';
import { commissionByToken } from '../../lib/papers/commissions/author-queries';
import { commissionOverview } from '../../lib/papers/commissions/queries';
import { commissionTasks } from '../../lib/papers/commissions/for-you';
import { openCommissions } from '../../lib/papers/commissions/reminder-queries';
import { hashInvitationToken } from '../../lib/invitations/token';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { papersWorld, pdfWith, streamOf, type PapersWorld } from './papers-world';
import type { ActionCall } from '../../lib/action/define';
import { updateBoard } from '../../lib/boards/actions';
import { boardFormDefaults, editableBoardSelect } from '../../lib/boards/form-values';
import type { ActionResult } from '../../lib/action/result';

let t: TestDb;
let storageDir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-commissions-'));
  process.env.FILE_STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(storageDir, { recursive: true, force: true });
});

type Who = keyof PapersWorld['people'];
// the world's meeting is Thursday 9 April 2026; papers are due by the end of Tuesday 31 March
// (5 working days, Good Friday and Easter Monday skipped); commissions 2 working days before: Friday 27 March
const asked = new Date('2026-03-16T10:00:00Z');

type Executable = { execute: (call: ActionCall) => Promise<ActionResult<unknown>> };

const act = <I extends Record<string, unknown>>(action: Executable, w: PapersWorld, who: Who, input: I, now = asked, councilSlug = w.council.slug) =>
  action.execute({ actorId: w.people[who].id, councilSlug, boardSlug: 'ib', input, now });

async function commission(w: PapersWorld, input: Record<string, unknown> = {}) {
  const res = await act(requestCommission, w, 'admin', {
    agendaItemId: w.items[1]!.id,
    title: 'Performance report, quarter 4',
    marking: 'OFFICIAL',
    authorPersonId: w.people.member1.id,
    reviewerId: w.people.chair.id,
    note: 'The quarter’s figures, with commentary',
    ...input,
  });
  if (!res.ok) throw new Error(JSON.stringify(res));
  return (res.data as { commissionId: string; dueOn: string }).commissionId;
}

const mails = (w: PapersWorld, kind: string) => t.prisma.outboxMessage.findMany({ where: { councilId: w.council.id, kind }, orderBy: { createdAt: 'asc' } });
const lastToken = async (w: PapersWorld, kind = 'commission.requested') => (await mails(w, kind)).at(-1)!.secret!;

const row = (w: PapersWorld, id: string) =>
  withCouncil(w.council.id, (tx) => tx.paperCommission.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { at: 'asc' } } } }));

async function send(
  w: PapersWorld,
  commissionId: string,
  opts: { token?: string | null; actorId?: string | null; councilSlug?: string; now?: Date; bytes?: Uint8Array } = {},
) {
  const bytes = opts.bytes ?? (await pdfWith('Quarter 4 performance'));
  const query = new URLSearchParams({ fileName: 'q4.pdf', ...(opts.token ? { token: opts.token } : {}) });
  const request = new Request(`http://localhost/api/councils/x/commissioned-papers/${commissionId}/file?${query}`, {
    method: 'POST',
    body: streamOf(bytes),
    duplex: 'half',
  } as RequestInit);
  const response = await handleCommissionUpload(request, {
    councilSlug: opts.councilSlug ?? w.council.slug,
    commissionId,
    token: opts.token ?? null,
    actor: opts.actorId ? { id: opts.actorId } : null,
    request: { ip: null, userAgent: 'vitest' },
    now: opts.now ?? new Date('2026-03-20T10:00:00Z'),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; message: string } };
}

describe('commissioning a paper', () => {
  it('asks the author, by the board’s default due date, with a single-use link kept only as its hash', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    const c = await row(w, id);
    expect(c).toMatchObject({ status: 'REQUESTED', authorName: 'Person member1', reviewerId: w.people.chair.id, meetingId: w.meeting.id });
    expect(c.dueOn.toISOString().slice(0, 10)).toBe('2026-03-27');
    // the link stops working at the end of the meeting's day
    expect(c.uploadTokenExpiresAt!.toISOString()).toBe('2026-04-09T22:59:59.999Z');
    const [mail] = await mails(w, 'commission.requested');
    expect(mail).toMatchObject({ toAddress: w.people.member1.email });
    expect(mail!.textBody).toContain('Friday 27 March 2026');
    // the mail comes from a no-reply address: it names who asked, for questions or a new link
    expect(mail!.textBody).toContain(`Asked by ${w.people.admin.name} (${w.people.admin.email})`);
    expect(mail!.textBody).not.toContain(mail!.secret!);
    expect(c.uploadTokenHash).toBe(hashInvitationToken(mail!.secret!));
    expect(c.events.map((e) => e.kind)).toEqual(['requested']);
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { entityId: id }, select: { kind: true, actorId: true } }));
    expect(audit).toEqual([{ kind: 'commission.request', actorId: w.people.admin.id }]);
  });

  it('takes anyone with a name and email as author, and refuses what is not the board’s or is incomplete', async () => {
    const w = await papersWorld();
    const id = await commission(w, { authorPersonId: '', authorName: 'Dr Ada Lovelace', authorEmail: 'Ada@Health.example', reviewerId: '' });
    expect(await row(w, id)).toMatchObject({ authorPersonId: null, authorEmail: 'ada@health.example', reviewerId: null });
    // an address with an account in this council: the paper reaches their For you list too
    const known = await commission(w, { authorPersonId: '', authorName: 'Bystander', authorEmail: w.people.bystander.email!.toUpperCase() });
    expect(await row(w, known)).toMatchObject({ authorPersonId: w.people.bystander.id });
    // the author does not review their own paper
    const own = await act(requestCommission, w, 'admin', {
      agendaItemId: w.items[1]!.id,
      title: 'X',
      marking: 'OFFICIAL',
      authorPersonId: w.people.chair.id,
      reviewerId: w.people.chair.id,
    });
    expect(!own.ok && own.fieldErrors?.reviewerId?.[0]).toMatch(/is the author: choose someone else/);
    const missing = await act(requestCommission, w, 'admin', { agendaItemId: w.items[1]!.id, title: 'X', marking: 'OFFICIAL' });
    expect(missing).toMatchObject({ ok: false, code: 'INVALID' });
    expect(!missing.ok && missing.fieldErrors).toMatchObject({
      authorName: ["Choose a seat holder, or enter the author's name"],
      authorEmail: ["Choose a seat holder, or enter the author's email address"],
    });
    // the bystander has an account but no role on the board: not a reviewer
    const reviewer = await act(requestCommission, w, 'admin', {
      agendaItemId: w.items[1]!.id,
      title: 'X',
      marking: 'OFFICIAL',
      authorPersonId: w.people.member2.id,
      reviewerId: w.people.bystander.id,
    });
    expect(!reviewer.ok && reviewer.fieldErrors?.reviewerId?.[0]).toMatch(/Choose the reviewer from the list/);
    // the other board's meeting is not this board's
    const other = await withCouncil(w.council.id, (tx) =>
      tx.agendaItem.create({ data: { councilId: w.council.id, meetingId: w.otherMeeting.id, position: 1, title: 'EG item', purpose: 'ASSURANCE' } }),
    );
    expect(
      await act(requestCommission, w, 'admin', { agendaItemId: other.id, title: 'X', marking: 'OFFICIAL', authorPersonId: w.people.member2.id }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    // only administrators commission
    expect(
      await act(requestCommission, w, 'chair', { agendaItemId: w.items[1]!.id, title: 'X', marking: 'OFFICIAL', authorPersonId: w.people.member2.id }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('refuses a due date after the paper deadline or in the past, with a clear message', async () => {
    const w = await papersWorld();
    const late = await act(requestCommission, w, 'admin', {
      agendaItemId: w.items[1]!.id,
      title: 'X',
      marking: 'OFFICIAL',
      authorPersonId: w.people.member2.id,
      dueOn: '2026-04-01',
    });
    expect(!late.ok && late.fieldErrors?.dueOn).toEqual(['The due date must be on or before the paper deadline of the meeting']);
    const id = await commission(w);
    const past = await act(changeCommissionDue, w, 'admin', { commissionId: id, version: '1', dueOn: '2026-03-15' });
    expect(!past.ok && past.fieldErrors?.dueOn).toEqual(['The due date must be today or in the future']);
    const moved = await act(changeCommissionDue, w, 'admin', { commissionId: id, version: '1', dueOn: '2026-03-31' });
    expect(moved).toMatchObject({ ok: true });
    const c = await row(w, id);
    expect(c.dueOn.toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(c.events.map((e) => e.kind)).toEqual(['requested', 'due-changed']);
    // the author, still writing, is told the new date; their link keeps working
    const [told] = await mails(w, 'commission.due-changed');
    expect(told).toMatchObject({ toAddress: w.people.member1.email, subject: 'Now due Tuesday 31 March 2026: Performance report, quarter 4' });
    expect(told!.textBody).toContain('(it was Friday 27 March 2026)');
    expect(await commissionByToken(await lastToken(w), new Date('2026-03-20T10:00:00Z'))).not.toBeNull();
  });

  it('from a forward plan item with no meeting date, needs a due date, and circulates only once it is on an agenda', async () => {
    const w = await papersWorld();
    const planned = await withCouncil(w.council.id, (tx) =>
      tx.forwardPlanItem.create({ data: { councilId: w.council.id, boardId: w.board.id, title: 'Deep dive: placements' } }),
    );
    const base = { forwardPlanItemId: planned.id, title: 'Placements deep dive', marking: 'OFFICIAL', authorPersonId: w.people.member2.id };
    const noDate = await act(requestCommission, w, 'admin', base);
    expect(!noDate.ok && noDate.fieldErrors?.dueOn).toEqual(['Enter the due date: this forward plan item has no meeting date yet']);
    const res = await act(requestCommission, w, 'admin', { ...base, dueOn: '2026-06-01' });
    expect(res.ok).toBe(true);
    const id = (res as { data: { commissionId: string } }).data.commissionId;
    expect((await send(w, id, { token: await lastToken(w) })).status).toBe(201);
    const refused = await act(circulateCommission, w, 'admin', { commissionId: id, version: '2' });
    expect(refused).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: "This forward plan item is not on a meeting's agenda yet: add it to an agenda, then circulate the paper",
    });
  });
});

describe('the author’s upload and the reviewer', () => {
  it('goes requested → submitted → (changes asked) requested → submitted → approved → circulated, keeping the history', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    const token = await lastToken(w);
    expect(await commissionByToken(token, asked)).toMatchObject({ title: 'Performance report, quarter 4', boardName: 'Improvement Board' });

    const at = (day: number) => new Date(`2026-03-${day}T10:00:00Z`);
    const first = await send(w, id, { token, now: at(17) });
    expect(first).toMatchObject({ status: 201, body: { ok: true } });
    let c = await row(w, id);
    expect(c).toMatchObject({ status: 'SUBMITTED', uploadTokenHash: null, fileName: 'q4.pdf', contentType: 'application/pdf', submittedById: null });
    expect((await mails(w, 'commission.submitted')).map((m) => m.toAddress)).toEqual([w.people.chair.email]);

    // the link is spent: a second upload, and the page, say so
    const again = await send(w, id, { token });
    expect(again).toMatchObject({
      status: 404,
      body: { message: 'This upload link has expired or has already been used. Ask the board administrator for a new one.' },
    });
    expect(await commissionByToken(token, asked)).toBeNull();

    // the reviewer must approve before circulation, and only the reviewer reviews
    expect(await act(circulateCommission, w, 'admin', { commissionId: id, version: String(c.version) })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'The reviewer must approve this paper before it can be circulated',
    });
    expect(await act(reviewCommission, w, 'member2', { commissionId: id, version: String(c.version), decision: 'approve' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const noNote = await act(reviewCommission, w, 'chair', { commissionId: id, version: String(c.version), decision: 'send-back' });
    expect(!noNote.ok && noNote.fieldErrors?.note).toEqual(['Say what needs changing, for the author']);

    const back = await act(
      reviewCommission,
      w,
      'chair',
      { commissionId: id, version: String(c.version), decision: 'send-back', note: 'Add the regional comparison' },
      at(18),
    );
    expect(back).toMatchObject({ ok: true });
    c = await row(w, id);
    expect(c.status).toBe('REQUESTED');
    const [changes] = await mails(w, 'commission.changes-requested');
    expect(changes!.toAddress).toBe(w.people.member1.email);
    expect(changes!.textBody).toContain('Add the regional comparison');
    const second = changes!.secret!;
    expect(second).not.toBe(token);
    expect(await commissionByToken(second, asked)).toMatchObject({ changesAsked: 'Add the regional comparison' });

    expect((await send(w, id, { token: second, bytes: await pdfWith('Quarter 4, with comparison'), now: at(19) })).status).toBe(201);
    c = await row(w, id);
    expect(await act(reviewCommission, w, 'chair', { commissionId: id, version: String(c.version), decision: 'approve' }, at(20))).toMatchObject({ ok: true });
    c = await row(w, id);
    expect(c.status).toBe('APPROVED');

    const circulated = await act(circulateCommission, w, 'admin', { commissionId: id, version: String(c.version) }, new Date('2026-03-25T10:00:00Z'));
    expect(circulated).toMatchObject({ ok: true });
    c = await row(w, id);
    expect(c.status).toBe('CIRCULATED');
    const paper = await withCouncil(w.council.id, (tx) => tx.paper.findUniqueOrThrow({ where: { id: c.paperId! }, include: { files: true } }));
    expect(paper).toMatchObject({ agendaItemId: w.items[1]!.id, status: 'CIRCULATED', isLate: false, title: 'Performance report, quarter 4' });
    expect(paper.files).toHaveLength(1);
    expect(paper.files[0]!.storageKey).toBe(c.storageKey);
    expect((await mails(w, 'papers.circulated')).length).toBeGreaterThan(0);
    expect(c.events.map((e) => e.kind)).toEqual(['requested', 'submitted', 'changes-requested', 'submitted', 'approved', 'circulated']);
    const kinds = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' }, select: { kind: true } }));
    expect(kinds.map((k) => k.kind)).toEqual([
      'commission.request',
      'commission.submit',
      'commission.send-back',
      'commission.submit',
      'commission.approve',
      'commission.circulate',
    ]);
    // circulated once: never twice
    expect(await act(circulateCommission, w, 'admin', { commissionId: id, version: String(c.version) })).toMatchObject({ ok: false, code: 'INVALID' });
  });

  it('with no reviewer, a submitted paper is circulated directly', async () => {
    const w = await papersWorld();
    const id = await commission(w, { reviewerId: '' });
    expect((await send(w, id, { token: await lastToken(w) })).status).toBe(201);
    // with no reviewer, the administrator who asked is told
    expect((await mails(w, 'commission.submitted')).map((m) => m.toAddress)).toEqual([w.people.admin.email]);
    const c = await row(w, id);
    expect(await act(circulateCommission, w, 'admin', { commissionId: id, version: String(c.version) })).toMatchObject({ ok: true });
  });

  it('lets the author with an account upload signed in, and no one else', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    expect(await send(w, id, { actorId: w.people.member2.id })).toMatchObject({ status: 404 });
    expect(await send(w, id, { actorId: null })).toMatchObject({ status: 403 });
    expect(await send(w, id, { actorId: w.people.member1.id })).toMatchObject({ status: 201 });
    expect(await row(w, id)).toMatchObject({ status: 'SUBMITTED', submittedById: w.people.member1.id, uploadTokenHash: null });
  });

  it('refuses a file that is not a paper, leaving the link usable', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    const token = await lastToken(w);
    const bad = await send(w, id, { token, bytes: new TextEncoder().encode('just some text, not a paper') });
    expect(bad.status).toBe(415);
    expect((await row(w, id)).status).toBe('REQUESTED');
    expect((await send(w, id, { token })).status).toBe(201);
  });

  it('a withdrawn commission’s link no longer works', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    const token = await lastToken(w);
    expect(await act(withdrawCommission, w, 'admin', { commissionId: id, version: '1', reason: 'Item deferred' })).toMatchObject({ ok: true });
    expect((await mails(w, 'commission.withdrawn'))[0]!.textBody).toContain('Item deferred');
    expect((await send(w, id, { token })).status).toBe(404);
    expect(await act(withdrawCommission, w, 'admin', { commissionId: id, version: '2' })).toMatchObject({ ok: false, code: 'INVALID' });
  });
});

describe('across councils', () => {
  it('a link of one council does nothing at another’s address, nor does a signed-in author of another council', async () => {
    const w = await papersWorld();
    const other = await papersWorld();
    const id = await commission(w);
    const token = await lastToken(w);
    expect(await send(w, id, { token, councilSlug: other.council.slug })).toMatchObject({ status: 404 });
    // council B's own author, signed in at B's address, naming A's commission
    expect(await send(other, id, { actorId: other.people.member1.id })).toMatchObject({ status: 404 });
    // A's author at B's address: not a member of B
    expect((await send(w, id, { actorId: w.people.member1.id, councilSlug: other.council.slug })).status).toBe(404);
    expect((await row(w, id)).status).toBe('REQUESTED');
    // B's administrator cannot act on A's commission through B's board
    for (const [action, input] of [
      [changeCommissionDue, { commissionId: id, version: '1', dueOn: '2026-03-26' }],
      [withdrawCommission, { commissionId: id, version: '1' }],
      [circulateCommission, { commissionId: id, version: '1' }],
      [reviewCommission, { commissionId: id, version: '1', decision: 'approve' }],
    ] as const) {
      expect(await act(action as Executable, other, 'admin', input)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
  });
});

describe('overdue commissions', () => {
  it('are counted on the board overview and listed on the administrator’s For you, by the council’s clock', async () => {
    const w = await papersWorld();
    const overdue = await commission(w);
    const submitted = await commission(w, { title: 'Workforce paper', reviewerId: '' });
    expect((await send(w, submitted, { token: await lastToken(w) })).status).toBe(201);
    const ctx = { council: { ...w.council, region: 'ENGLAND_AND_WALES' }, board: { ...w.board } } as Parameters<typeof commissionOverview>[0];

    // Friday 27 March, 23:30 in London: still the due day
    const onTheDay = await commissionOverview(ctx, new Date('2026-03-27T23:30:00Z'));
    expect(onTheDay.counts).toMatchObject({ open: 2, overdue: 0, readyToCirculate: 1 });
    // Saturday 28 March, 00:30 in London
    const after = await commissionOverview(ctx, new Date('2026-03-28T00:30:00Z'));
    expect(after.counts).toMatchObject({ open: 2, overdue: 1, readyToCirculate: 1 });
    expect(after.overdue.map((c) => c.id)).toEqual([overdue]);

    const membership = (role: 'ADMIN' | 'MEMBER') => [{ role, council: { id: w.council.id, slug: w.council.slug, name: w.council.name } }];
    const adminTasks = await commissionTasks(w.people.admin.id, membership('ADMIN'), new Date('2026-03-28T00:30:00Z'));
    expect(adminTasks.map((t) => [t.id, t.state])).toEqual([
      [`commission-overdue-${overdue}`, 'overdue'],
      [`commission-circulate-${submitted}`, 'to-do'],
    ]);
    const authorTasks = await commissionTasks(w.people.member1.id, membership('MEMBER'), new Date('2026-03-28T00:30:00Z'));
    expect(authorTasks.map((t) => [t.id, t.state])).toEqual([[`commission-write-${overdue}`, 'overdue']]);
    // the reviewer's task appears once the paper is submitted
    expect(await commissionTasks(w.people.chair.id, membership('MEMBER'), asked)).toEqual([]);
    expect((await send(w, overdue, { token: (await mails(w, 'commission.requested'))[0]!.secret! })).status).toBe(201);
    const reviewerTasks = await commissionTasks(w.people.chair.id, membership('MEMBER'), asked);
    expect(reviewerTasks.map((t) => t.id)).toEqual([`commission-review-${overdue}`]);
    // and a submitted paper is overdue no longer
    expect((await commissionOverview(ctx, new Date('2026-03-28T00:30:00Z'))).counts.overdue).toBe(0);

    const open = await openCommissions({ id: w.council.id, region: 'ENGLAND_AND_WALES' }, asked);
    expect(open.map((o) => [o.title, o.status, o.dueOn, o.authorPersonId]).sort()).toEqual([
      ['Performance report, quarter 4', 'SUBMITTED', '2026-03-27', w.people.member1.id],
      ['Workforce paper', 'SUBMITTED', '2026-03-27', w.people.member1.id],
    ]);
    expect(open[0]!.paperDeadline!.toISOString()).toBe('2026-03-31T22:59:59.999Z');
  });

  it('the board setting (0 to 20 working days) moves the default due date', async () => {
    const w = await papersWorld();
    const current = await withCouncil(w.council.id, (tx) => tx.board.findUniqueOrThrow({ where: { id: w.board.id }, select: editableBoardSelect }));
    const save = (value: string) =>
      act(updateBoard, w, 'admin', { ...boardFormDefaults(current), actionReferencePrefix: 'CP', commissionDueWorkingDays: value });
    const tooMany = await save('21');
    expect(!tooMany.ok && tooMany.fieldErrors?.commissionDueWorkingDays).toEqual([
      'The working days before the paper deadline that commissioned papers are due must be from 0 to 20',
    ]);
    const saved = await save('0');
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    const id = await commission(w);
    expect((await row(w, id)).dueOn.toISOString().slice(0, 10)).toBe('2026-03-31');
  });
});

describe('reminding the author', () => {
  // due Friday 27 March 2026; the paper deadline is the end of Tuesday 31 March (British Summer Time from the 29th)
  const run = (w: PapersWorld, now: string, prisma?: PrismaClient) => runDueReminders(new Date(now), { councilIds: [w.council.id], prisma });

  it('on the day it is due and on the paper deadline, once each, with a fresh link that replaces the last', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    const first = await lastToken(w);
    await run(w, '2026-03-27T06:59:00Z');
    expect(await mails(w, 'commission.reminder')).toHaveLength(0);

    await run(w, '2026-03-27T07:00:00Z');
    const [due] = await mails(w, 'commission.reminder');
    expect(due).toMatchObject({ toAddress: w.people.member1.email, subject: 'Reminder: paper due today: Performance report, quarter 4' });
    expect(due!.textBody).toContain('Friday 27 March 2026');
    expect(due!.textBody).toContain('it replaces the link sent to you before');
    // the newest link works, the earlier one no longer does
    expect(await commissionByToken(due!.secret!, new Date('2026-03-27T08:00:00Z'))).not.toBeNull();
    expect(await commissionByToken(first, new Date('2026-03-27T08:00:00Z'))).toBeNull();

    // run again, and by two servers at once: nothing more
    const second = createPrismaClient(t.db);
    try {
      await run(w, '2026-03-27T09:00:00Z');
      await Promise.all([run(w, '2026-03-30T09:00:00Z'), run(w, '2026-03-30T09:00:00Z', second)]);
      expect(await mails(w, 'commission.reminder')).toHaveLength(1);
      // the paper deadline's day: 07:00 London is 06:00 GMT
      await Promise.all([run(w, '2026-03-31T06:00:00Z'), run(w, '2026-03-31T06:00:00Z', second)]);
    } finally {
      await second.$disconnect();
    }
    const sent = await mails(w, 'commission.reminder');
    expect(sent.map((m) => m.subject)).toEqual([
      'Reminder: paper due today: Performance report, quarter 4',
      'Paper deadline today: Performance report, quarter 4',
    ]);
    expect(sent[1]!.textBody).toContain('Today is the paper deadline');
    expect((await row(w, id)).remindedKey).toMatch(/^commission-deadline:/);
    // past the deadline: the administrator is told of the missing paper instead
    await run(w, '2026-04-01T09:00:00Z');
    expect(await mails(w, 'commission.reminder')).toHaveLength(2);
  });

  it('not on the day it was asked for: the request, sent after 07:00, is the reminder and its link keeps working', async () => {
    const w = await papersWorld();
    const res = await act(
      requestCommission,
      w,
      'admin',
      { agendaItemId: w.items[1]!.id, title: 'Late ask', marking: 'OFFICIAL', authorPersonId: w.people.member1.id, dueOn: '2026-03-27' },
      new Date('2026-03-27T10:00:00Z'),
    );
    expect(res.ok).toBe(true);
    const token = await lastToken(w);
    await run(w, '2026-03-27T11:00:00Z');
    expect(await mails(w, 'commission.reminder')).toHaveLength(0);
    expect(await commissionByToken(token, new Date('2026-03-27T11:30:00Z'))).not.toBeNull();
  });

  it('not once the paper is in, nor for a withdrawn commission', async () => {
    const w = await papersWorld();
    const id = await commission(w);
    expect((await send(w, id, { token: await lastToken(w) })).status).toBe(201);
    const other = await commission(w, { title: 'Another paper' });
    const res = await act(withdrawCommission, w, 'admin', { commissionId: other, version: String((await row(w, other)).version), reason: 'No longer needed' });
    expect(res.ok).toBe(true);
    await run(w, '2026-03-27T07:30:00Z');
    await run(w, '2026-03-31T07:30:00Z');
    expect(await mails(w, 'commission.reminder')).toHaveLength(0);
  });
});
