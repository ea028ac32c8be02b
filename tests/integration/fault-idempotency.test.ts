import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProgress, createAction } from '../../lib/action-log/actions';
import { sendApologies } from '../../lib/attendance/actions';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { actionWorld } from './action-log-world';
import { attendanceWorld } from './attendance-world';
import { filesUnder, papersWorld, pdfWith, upload } from './papers-world';

// Fault suite: one submitted form replayed many times at once (a retry after a timeout,
// back-and-resubmit, a proxy retrying) makes one change and one audit event, and every
// replay gets the first submission's result.
let t: TestDb;
let storageDir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-upload-replay-'));
  process.env.FILE_STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(storageDir, { recursive: true, force: true });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('a replayed form runs once', () => {
  it('20 concurrent replays of one create-action post make one action and one audit event', async () => {
    const w = await actionWorld(t);
    const key = crypto.randomUUID();
    const fields = {
      _submissionKey: key,
      description: 'Report the audit findings',
      ownerSeatId: w.seat.id,
      ownerAgency: '',
      dueOn: '30/4/2026',
      sourceMeetingId: '',
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => createAction.execute({ ...w.call(w.admin.id), input: form(fields) })));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? (r.data as { actionId: string }).actionId : null)));
    expect(ids.size).toBe(1);
    expect(new Set(results.map((r) => (r.ok ? r.message : null))).size).toBe(1);
    const counts = await withCouncil(w.council.id, async (tx) => ({
      actions: await tx.action.count({ where: { boardId: w.board.id } }),
      events: await tx.auditEvent.count({ where: { councilId: w.council.id, kind: 'action.create' } }),
    }));
    expect(counts).toEqual({ actions: 1, events: 1 });

    // a new form (a new key) is a new submission
    const again = await createAction.execute({ ...w.call(w.admin.id), input: form({ ...fields, _submissionKey: crypto.randomUUID() }) });
    expect(again).toMatchObject({ ok: true });
    expect(await withCouncil(w.council.id, (tx) => tx.action.count({ where: { boardId: w.board.id } }))).toBe(2);
  });

  it('replays of a progress update add one update; a refused first try leaves the key free', async () => {
    const w = await actionWorld(t);
    const { actionId } = await w.add();
    const key = crypto.randomUUID();
    // refused (no text): nothing is stored under the key
    const refused = await addProgress.execute({ ...w.call(w.admin.id), input: form({ _submissionKey: key, actionId, body: '', statusAfter: 'IN_PROGRESS' }) });
    expect(refused).toMatchObject({ ok: false, code: 'INVALID' });
    const events = () => withCouncil(w.council.id, (tx) => tx.auditEvent.count({ where: { councilId: w.council.id } }));
    const before = await events();
    const fields = { _submissionKey: key, actionId, body: 'Audit fieldwork finished.', statusAfter: 'IN_PROGRESS' };
    const results = await Promise.all(Array.from({ length: 20 }, () => addProgress.execute({ ...w.call(w.admin.id), input: form(fields) })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await w.action(actionId)).updates).toHaveLength(1);
    expect(await events()).toBe(before + 1);
  });

  it('a key from another action or a malformed key is refused, never run', async () => {
    const w = await actionWorld(t);
    const key = crypto.randomUUID();
    await createAction.execute({
      ...w.call(w.admin.id),
      input: form({ _submissionKey: key, description: 'One', ownerSeatId: w.seat.id, ownerAgency: '', dueOn: '30/4/2026' }),
    });
    const { actionId } = await w.add();
    const other = await addProgress.execute({ ...w.call(w.admin.id), input: form({ _submissionKey: key, actionId, body: 'x', statusAfter: 'IN_PROGRESS' }) });
    expect(other).toMatchObject({ ok: false, code: 'CONFLICT' });
    const bad = await addProgress.execute({
      ...w.call(w.admin.id),
      input: form({ _submissionKey: 'not-a-key', actionId, body: 'x', statusAfter: 'IN_PROGRESS' }),
    });
    expect(bad).toMatchObject({ ok: false, code: 'INVALID' });
    expect((await w.action(actionId)).updates).toHaveLength(0);
  });

  it('concurrent "send apologies" from separate forms record one reply and one audit event', async () => {
    const w = await attendanceWorld();
    const onTime = new Date('2026-04-01T09:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        sendApologies.execute({
          actorId: w.people.member.id,
          councilSlug: w.council.slug,
          boardSlug: w.board.slug,
          now: onTime,
          input: form({ _submissionKey: crypto.randomUUID(), meetingId: w.meeting.id, seatId: w.seats.member.id, substituteAttends: 'yes', apologyNote: '' }),
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const counts = await withCouncil(w.council.id, async (tx) => ({
      rows: await tx.attendance.count({ where: { meetingId: w.meeting.id, seatId: w.seats.member.id } }),
      events: await tx.auditEvent.count({ where: { councilId: w.council.id, kind: 'attendance.apologies-sent' } }),
    }));
    expect(counts).toEqual({ rows: 1, events: 1 });
  });
});

describe('a replayed paper upload runs once', () => {
  const paperCounts = (councilId: string) =>
    withCouncil(councilId, async (tx) => ({
      papers: await tx.paper.count(),
      files: await tx.paperFile.count(),
      events: await tx.auditEvent.count({ where: { councilId, kind: { in: ['paper.create', 'paper.upload'] } } }),
    }));

  it('20 concurrent replays of one upload POST make one paper version, one audit event each, and leave no other file', async () => {
    const w = await papersWorld();
    const pdf = await pdfWith('Performance report, February');
    const query = { title: 'Performance report', marking: 'OFFICIAL', fileName: 'Performance report.pdf', _submissionKey: crypto.randomUUID() };
    const results = await Promise.all(Array.from({ length: 20 }, () => upload(w, pdf, query)));

    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    // every replay answers the first upload's result
    for (const r of results) expect(r.body).toEqual(results[0]!.body);
    expect(results[0]!.body.data).toMatchObject({ versionNo: 1 });
    expect(await paperCounts(w.council.id)).toEqual({ papers: 1, files: 1, events: 2 }); // paper.create + paper.upload

    // storage holds exactly the file the row names: no second copy, no .part left
    const row = await withCouncil(w.council.id, (tx) => tx.paperFile.findFirstOrThrow({ select: { storageKey: true } }));
    expect(await filesUnder(path.join(storageDir, 'papers', w.council.id))).toEqual([path.join(storageDir, ...row.storageKey.split('/'))]);

    // a replay after the fact is answered the same, and still makes nothing
    const late = await upload(w, pdf, query);
    expect(late).toEqual(results[0]);
    expect(await paperCounts(w.council.id)).toEqual({ papers: 1, files: 1, events: 2 });
  });

  it('20 concurrent replays of a new version make version 2 once; a new key makes version 3', async () => {
    const w = await papersWorld();
    const pdf = await pdfWith('Workforce strategy');
    const first = await upload(w, pdf, { title: 'Workforce', marking: 'OFFICIAL', fileName: 'w.pdf', _submissionKey: crypto.randomUUID() });
    const paperId = first.body.data!.paperId;
    const query = { paperId, fileName: 'w2.pdf', _submissionKey: crypto.randomUUID() };
    const results = await Promise.all(Array.from({ length: 20 }, () => upload(w, pdf, query)));
    expect(new Set(results.map((r) => `${r.status} ${r.body.data?.fileId} ${r.body.data?.versionNo}`))).toEqual(
      new Set([`201 ${results[0]!.body.data!.fileId} 2`]),
    );
    expect(await paperCounts(w.council.id)).toEqual({ papers: 1, files: 2, events: 3 });
    expect(await filesUnder(path.join(storageDir, 'papers', w.council.id))).toHaveLength(2);

    const next = await upload(w, pdf, { ...query, _submissionKey: crypto.randomUUID() });
    expect(next.body.data).toMatchObject({ versionNo: 3 });
  });

  it('a malformed key is refused, and a refused upload leaves its key free', async () => {
    const w = await papersWorld();
    const pdf = await pdfWith('Risk register');
    const key = crypto.randomUUID();
    // refused (no title): nothing is kept under the key
    expect((await upload(w, pdf, { marking: 'OFFICIAL', fileName: 'r.pdf', _submissionKey: key })).status).toBe(422);
    expect((await upload(w, pdf, { title: 'Risks', marking: 'OFFICIAL', fileName: 'r.pdf', _submissionKey: key })).status).toBe(201);
    expect((await upload(w, pdf, { title: 'Risks', marking: 'OFFICIAL', fileName: 'r.pdf', _submissionKey: 'not-a-key' })).status).toBe(422);
    expect(await paperCounts(w.council.id)).toEqual({ papers: 1, files: 1, events: 2 });
  });
});
