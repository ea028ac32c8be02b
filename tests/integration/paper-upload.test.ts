import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { filesUnder, papersWorld, pdfWith, upload, uploaded, type PapersWorld } from './papers-world';
import { minimalDocx, officeShell } from '../unit/office-zip';

let t: TestDb;
let storageDir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-paper-upload-'));
  process.env.FILE_STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(storageDir, { recursive: true, force: true });
});
beforeEach(() => {
  delete process.env.MAX_UPLOAD_MB;
});

const councilFiles = (w: PapersWorld) => filesUnder(path.join(storageDir, 'papers', w.council.id));

/** Nothing of a refused upload is kept: no paper, no version, no audit event, no file (not even a partial one). */
async function expectNothingStored(w: PapersWorld) {
  const rows = await withCouncil(w.council.id, async (tx) => ({
    papers: await tx.paper.count(),
    files: await tx.paperFile.count(),
    audit: await tx.auditEvent.count(),
  }));
  expect(rows).toEqual({ papers: 0, files: 0, audit: 0 });
  expect(await councilFiles(w)).toEqual([]);
}

const newPaper = (fileName: string, extra: Record<string, string> = {}) => ({ title: 'Performance report', marking: 'OFFICIAL', fileName, ...extra });

describe('uploading a paper', () => {
  it('streams a real PDF to storage with its hash, and records the version and its audit', async () => {
    const w = await papersWorld();
    const pdf = await pdfWith('Contacts and referrals, February');
    const res = await upload(w, pdf, newPaper('Performance report.pdf', { agendaItemId: w.items[1]!.id }));
    expect(res.status).toBe(201);
    expect(res.body.message).toMatch(/Uploaded “Performance report”, version 1 \(Performance report\.pdf/);

    const file = await withCouncil(w.council.id, (tx) => tx.paperFile.findFirstOrThrow({ include: { paper: true } }));
    expect(file).toMatchObject({
      versionNo: 1,
      fileName: 'Performance report.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
      uploadedById: w.people.admin.id,
      paper: { title: 'Performance report', marking: 'OFFICIAL', status: 'DRAFT', agendaItemId: w.items[1]!.id, meetingId: w.meeting.id },
    });
    // the key is the server's, never the person's file name
    expect(file.storageKey).toMatch(new RegExp(`^papers/${w.council.id}/[0-9a-f-]{36}$`));
    const stored = await fs.readFile(path.join(storageDir, ...file.storageKey.split('/')));
    expect(Buffer.compare(stored, Buffer.from(pdf))).toBe(0);
    expect(await councilFiles(w)).toHaveLength(1);

    const events = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ orderBy: { id: 'asc' } }));
    expect(events.map((e) => e.kind)).toEqual(['paper.create', 'paper.upload']);
    expect(events[1]).toMatchObject({ actorId: w.people.admin.id, boardId: w.board.id, entityId: file.id, ip: '203.0.113.9' });
    expect(events[1]!.data).toMatchObject({ after: { sha256: file.sha256, versionNo: 1, sizeBytes: pdf.length } });
  });

  it('accepts a minimal DOCX, and names it by its content even when it is called .pdf', async () => {
    const w = await papersWorld();
    const docx = minimalDocx('Minutes of the last meeting');
    const res = await upload(w, docx, newPaper('Draft minutes.pdf'));
    expect(res.status).toBe(201);
    const file = await withCouncil(w.council.id, (tx) => tx.paperFile.findFirstOrThrow());
    expect(file).toMatchObject({
      fileName: 'Draft minutes.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: docx.length,
    });
    expect((await upload(w, officeShell('xl'), newPaper('Budget.xlsx'))).status).toBe(201);
    expect((await upload(w, officeShell('ppt'), newPaper('Slides.pptx'))).status).toBe(201);
  });

  it('keeps older versions: a new upload for a paper is the next version', async () => {
    const w = await papersWorld();
    const first = await uploaded(w, await pdfWith('First draft'), newPaper('report.pdf'));
    const second = await uploaded(w, await pdfWith('Second draft'), { paperId: first.paperId, fileName: 'report v2.pdf' });
    expect(second).toMatchObject({ paperId: first.paperId, versionNo: 2 });
    const files = await withCouncil(w.council.id, (tx) => tx.paperFile.findMany({ orderBy: { versionNo: 'asc' } }));
    expect(files.map((f) => [f.versionNo, f.fileName])).toEqual([
      [1, 'report.pdf'],
      [2, 'report v2.pdf'],
    ]);
    expect(await councilFiles(w)).toHaveLength(2);
  });

  it('refuses an executable renamed .pdf with a clear message, and stores nothing', async () => {
    const w = await papersWorld();
    const exe = new Uint8Array(200_000);
    exe.set(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'));
    exe.set(Buffer.from('This program cannot be run in DOS mode.', 'latin1'), 78);
    const res = await upload(w, exe, newPaper('Performance report.pdf'));
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ ok: false, code: 'UNSUPPORTED_TYPE' });
    expect(res.body.message).toMatch(/is a program, not a document, whatever its name says/);
    expect(res.body.fieldErrors?.file?.[0]).toBe(res.body.message);
    await expectNothingStored(w);
  });

  it('refuses other content that is not a paper: a plain ZIP, an HTML page, an empty file', async () => {
    const w = await papersWorld();
    const { makeZip } = await import('../unit/office-zip');
    expect((await upload(w, makeZip([{ name: 'a.txt', data: 'x' }]), newPaper('a.docx'))).status).toBe(415);
    expect((await upload(w, new Uint8Array(Buffer.from('<html><body>%PDF-1.7</body></html>')), newPaper('a.pdf'))).status).toBe(415);
    const empty = await upload(w, new Uint8Array(), newPaper('empty.pdf'));
    expect(empty).toMatchObject({ status: 422, body: { message: 'The file is empty' } });
    await expectNothingStored(w);
  });

  it('refuses a file over MAX_UPLOAD_MB while it streams, leaving no partial file', async () => {
    const w = await papersWorld();
    process.env.MAX_UPLOAD_MB = '1';
    // a genuine PDF start, so only the size can refuse it; no Content-Length, so the cap is met mid-stream
    const big = new Uint8Array(1024 * 1024 + 200_000);
    big.set(await pdfWith('A very large paper'));
    const res = await upload(w, big, newPaper('big.pdf'));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ ok: false, code: 'TOO_LARGE', message: expect.stringMatching(/^The file must be smaller than 1 MB/) });
    await expectNothingStored(w);
    // and a file of the cap itself goes through
    const exact = new Uint8Array(1024 * 1024);
    exact.set(await pdfWith('Exactly at the cap'));
    expect((await upload(w, exact, newPaper('exact.pdf'))).status).toBe(201);
  });

  it('refuses a declared oversize before reading the body', async () => {
    const w = await papersWorld();
    process.env.MAX_UPLOAD_MB = '2';
    const res = await upload(w, await pdfWith('small'), newPaper('small.pdf'), { headers: { 'content-length': String(3 * 1024 * 1024) } });
    expect(res).toMatchObject({ status: 413, body: { code: 'TOO_LARGE', message: 'The file must be smaller than 2 MB' } });
    await expectNothingStored(w);
  });

  it('refuses a body shorter than its declared length: a cut upload is never kept', async () => {
    const w = await papersWorld();
    const pdf = await pdfWith('Cut short');
    const res = await upload(w, pdf, newPaper('cut.pdf'), { headers: { 'content-length': String(pdf.length * 2) } });
    expect(res).toMatchObject({ status: 422, body: { message: 'The upload did not arrive whole. Try again.' } });
    await expectNothingStored(w);
    expect((await upload(w, pdf, newPaper('whole.pdf'), { headers: { 'content-length': String(pdf.length) } })).status).toBe(201);
  });

  it('answers who may not upload, and where, with 403 and 404, storing nothing', async () => {
    const w = await papersWorld();
    const pdf = await pdfWith('Not allowed');
    expect(await upload(w, pdf, newPaper('x.pdf'), { actorId: w.people.member1.id })).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await upload(w, pdf, newPaper('x.pdf'), { actorId: w.people.chair.id })).toMatchObject({ status: 403 });
    expect(await upload(w, pdf, newPaper('x.pdf'), { actorId: null })).toMatchObject({
      status: 403,
      body: { message: expect.stringMatching(/Sign in again/) },
    });
    // another board's meeting through this board, an unknown meeting, another council
    expect((await upload(w, pdf, newPaper('x.pdf'), { meetingId: w.otherMeeting.id })).status).toBe(404);
    expect((await upload(w, pdf, newPaper('x.pdf'), { meetingId: crypto.randomUUID() })).status).toBe(404);
    expect((await upload(w, pdf, newPaper('x.pdf'), { meetingId: 'not-an-id' })).status).toBe(404);
    const other = await papersWorld();
    expect((await upload(w, pdf, newPaper('x.pdf'), { councilSlug: other.council.slug, meetingId: other.meeting.id })).status).toBe(404);
    expect((await upload(w, pdf, newPaper('x.pdf', { agendaItemId: other.items[0]!.id }))).status).toBe(404);
    // a cross-site page posting with this person's cookies
    expect((await upload(w, pdf, newPaper('x.pdf'), { headers: { origin: 'https://evil.example', host: 'localhost' } })).status).toBe(403);
    await expectNothingStored(w);
    await expectNothingStored(other);
  });

  it('answers a form with missing fields with 422 and the fields to fix', async () => {
    const w = await papersWorld();
    const res = await upload(w, await pdfWith('x'), { fileName: 'x.pdf', marking: 'SECRET' });
    expect(res.status).toBe(422);
    expect(res.body.fieldErrors).toMatchObject({ title: ["Enter the paper's title"], marking: [expect.stringMatching(/protective marking/)] });
    await expectNothingStored(w);
  });

  it("refuses a new version of another meeting's paper", async () => {
    const w = await papersWorld();
    const theirs = await uploaded(w, await pdfWith('Executive group paper'), newPaper('eg.pdf'), { boardSlug: 'eg', meetingId: w.otherMeeting.id });
    const res = await upload(w, await pdfWith('sneaky'), { paperId: theirs.paperId, fileName: 'x.pdf' });
    expect(res.status).toBe(404);
    expect(await withCouncil(w.council.id, (tx) => tx.paperFile.count())).toBe(1);
  });
});
