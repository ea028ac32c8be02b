import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { getPublicBoard, listPublicBoards } from '../../lib/public/queries';
import { publishMeeting } from '../../lib/public/actions';
import { fileStore } from '../../lib/storage';
import { newPaperKey } from '../../lib/storage/keys';
import { GET } from '../../app/public/[council]/[board]/papers/[file]/route';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { attendanceWorld, type AttendanceWorld } from './attendance-world';
import * as make from '../fixtures';

let t: TestDb;
let storageDir: string;
const previousStorage = process.env.FILE_STORAGE_DIR;
beforeAll(async () => {
  t = await openTestDatabase();
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-public-papers-'));
  process.env.FILE_STORAGE_DIR = storageDir;
});
afterAll(async () => {
  if (previousStorage === undefined) delete process.env.FILE_STORAGE_DIR;
  else process.env.FILE_STORAGE_DIR = previousStorage;
  fs.rmSync(storageDir, { recursive: true, force: true });
  await closeTestDatabase(t);
});

// Meeting Thursday 9 April 2026 10:00 BST; seven days' notice: public from 00:00 London
// time on Thursday 2 April (23:00Z on 1 April) at the latest.
const AUTOMATIC = new Date('2026-04-01T23:00:00Z');
const EARLY = new Date('2026-03-20T12:00:00Z');

type PaperSpec = {
  title: string;
  marking: 'PUBLIC' | 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
  status?: 'DRAFT' | 'CIRCULATED' | 'WITHDRAWN';
  isLate?: boolean;
  accepted?: boolean;
  onItem?: boolean;
};

const allowed = ['Public performance report', 'Public paper accepted late by the Chair', 'Public note with no agenda item'];
const refused = [
  'Official finance paper',
  'Sensitive case review',
  'Public paper still in draft',
  'Public paper waiting for consent',
  'Public paper withdrawn',
];
const papers: PaperSpec[] = [
  { title: 'Public performance report', marking: 'PUBLIC' },
  { title: 'Official finance paper', marking: 'OFFICIAL' },
  { title: 'Sensitive case review', marking: 'OFFICIAL_SENSITIVE' },
  { title: 'Public paper still in draft', marking: 'PUBLIC', status: 'DRAFT' },
  { title: 'Public paper waiting for consent', marking: 'PUBLIC', isLate: true },
  { title: 'Public paper accepted late by the Chair', marking: 'PUBLIC', isLate: true, accepted: true },
  { title: 'Public paper withdrawn', marking: 'PUBLIC', status: 'WITHDRAWN' },
  { title: 'Public note with no agenda item', marking: 'PUBLIC', onItem: false },
];

const AGREED = new Date('2026-03-19T10:00:00Z');

/**
 * A paper with one stored file (two versions for the first), returning file ids by title.
 * The Chair has agreed the agenda unless told otherwise: only an agreed agenda goes up by itself.
 */
async function addPapers(w: AttendanceWorld, meetingId: string, specs: PaperSpec[], store = false, agreed = true) {
  const files: Record<string, { id: string; older?: string }> = {};
  await withCouncil(w.council.id, async (tx) => {
    const item = await tx.agendaItem.create({
      data: { councilId: w.council.id, meetingId, position: 1, title: 'Performance and quality', presenter: 'Head of Performance', purpose: 'ASSURANCE' },
    });
    for (const spec of specs) {
      const paper = await tx.paper.create({
        data: {
          councilId: w.council.id,
          meetingId,
          agendaItemId: spec.onItem === false ? null : item.id,
          title: spec.title,
          marking: spec.marking,
          status: spec.status ?? 'CIRCULATED',
          circulatedAt: spec.status === 'DRAFT' ? null : new Date('2026-03-01T10:00:00Z'),
          isLate: spec.isLate ?? false,
          lateAcceptedAt: spec.accepted ? new Date('2026-03-02T10:00:00Z') : null,
          lateAcceptedById: spec.accepted ? w.people.chair.id : null,
        },
      });
      const versions = spec === specs[0] ? [1, 2] : [1];
      for (const versionNo of versions) {
        const storageKey = newPaperKey(w.council.id);
        const body = `%PDF-1.7 ${spec.title} v${versionNo}`;
        if (store) await fileStore().put(storageKey, new Blob([body]).stream());
        const file = await tx.paperFile.create({
          data: {
            councilId: w.council.id,
            paperId: paper.id,
            versionNo,
            fileName: `${spec.title}.pdf`,
            contentType: 'application/pdf',
            sizeBytes: body.length,
            sha256: 'x'.repeat(64),
            storageKey,
          },
        });
        files[spec.title] = versionNo === 1 ? { id: file.id } : { id: file.id, older: files[spec.title]?.id };
      }
    }
    if (agreed) await tx.meeting.update({ where: { id: meetingId }, data: { agendaAgreedAt: AGREED, agendaAgreedById: w.people.chair.id } });
  });
  return files;
}

describe('the public board page', () => {
  it('shows only PUBLIC papers that are circulated and, if late, accepted', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await addPapers(w, w.meeting.id, papers);
    const page = await getPublicBoard(w.council.slug, w.board.slug, AUTOMATIC);
    expect(page).not.toBeNull();
    const [meeting] = page!.coming;
    expect(meeting!.agenda).not.toBeNull();
    const text = JSON.stringify(page);
    for (const title of allowed) expect(text).toContain(title);
    for (const title of refused) expect(text).not.toContain(title);
    expect(text).not.toMatch(/OFFICIAL/);
    expect(meeting!.agenda![0]!.papers.map((p) => p.title).sort()).toEqual(['Public paper accepted late by the Chair', 'Public performance report']);
    expect(meeting!.otherPapers.map((p) => p.title)).toEqual(['Public note with no agenda item']);
  });

  it('lists a coming meeting at once but publishes its agreed agenda no later than the notice', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await addPapers(w, w.meeting.id, papers.slice(0, 1));
    const before = await getPublicBoard(w.council.slug, w.board.slug, new Date(AUTOMATIC.getTime() - 1));
    expect(before!.coming.map((m) => m.id)).toEqual([w.meeting.id]);
    expect(before!.coming[0]).toMatchObject({ agenda: null, otherPapers: [] });
    expect(before!.coming[0]!.agendaPublicFrom).toEqual(AUTOMATIC);
    expect(JSON.stringify(before)).not.toContain('Public performance report');
    const at = await getPublicBoard(w.council.slug, w.board.slug, AUTOMATIC);
    expect(at!.coming[0]!.agenda?.map((i) => i.title)).toEqual(['Performance and quality']);
    expect(at!.coming[0]!.agendaAgreed).toBe(true);
  });

  it('keeps a draft the Chair has not agreed off the public page, until the administrator publishes it on the record', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await addPapers(w, w.meeting.id, papers.slice(0, 1), false, false);
    const dayBefore = new Date('2026-04-08T10:00:00Z');
    const waiting = await getPublicBoard(w.council.slug, w.board.slug, dayBefore);
    expect(waiting!.coming[0]).toMatchObject({ agenda: null, agendaPublicFrom: null, agendaDue: AUTOMATIC, agendaDuePassed: true });
    const publish = (input: Record<string, unknown>) =>
      publishMeeting.execute({
        actorId: w.people.admin.id,
        councilSlug: w.council.slug,
        boardSlug: w.board.slug,
        now: dayBefore,
        input: { meetingId: w.meeting.id, ...input },
      });
    expect(await publish({})).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { withoutAgreement: [expect.stringMatching(/Chair has not agreed/)] } });
    expect(await publish({ withoutAgreement: 'yes' })).toMatchObject({ ok: true, message: expect.stringContaining('marked as not yet agreed by the Chair') });
    const published = await getPublicBoard(w.council.slug, w.board.slug, dayBefore);
    expect(published!.coming[0]).toMatchObject({ agendaAgreed: false, agendaPublicFrom: dayBefore });
    expect(published!.coming[0]!.agenda?.map((i) => i.title)).toEqual(['Performance and quality']);
    const [event] = await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany({ where: { kind: 'meeting.publish' } }));
    expect(event!.data).toMatchObject({ after: { withoutChairAgreement: true } });
  });

  it('publishes earlier when the administrator publishes an agreed agenda', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await addPapers(w, w.meeting.id, papers.slice(0, 1), false, false);
    const publish = (actorId: string) =>
      publishMeeting.execute({ actorId, councilSlug: w.council.slug, boardSlug: w.board.slug, now: EARLY, input: { meetingId: w.meeting.id } });
    expect(await publish(w.people.member.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await publish(w.people.admin.id)).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { withoutAgreement: [expect.stringMatching(/Chair has not agreed/)] },
    });
    await withCouncil(w.council.id, (tx) =>
      tx.meeting.update({ where: { id: w.meeting.id }, data: { agendaAgreedAt: AGREED, agendaAgreedById: w.people.chair.id } }),
    );
    expect(await publish(w.people.admin.id)).toMatchObject({ ok: true });
    const m = await withCouncil(w.council.id, (tx) => tx.meeting.findUniqueOrThrow({ where: { id: w.meeting.id } }));
    expect(m.publishedAt).toEqual(EARLY);
    expect((await withCouncil(w.council.id, (tx) => tx.auditEvent.findMany())).map((e) => e.kind)).toEqual(['meeting.publish']);
    const page = await getPublicBoard(w.council.slug, w.board.slug, new Date(EARLY.getTime() + 60_000));
    expect(page!.coming[0]!.agenda?.[0]?.papers.map((p) => p.title)).toEqual(['Public performance report']);
    // a second press changes nothing
    expect(await publish(w.people.admin.id)).toMatchObject({ ok: true, message: expect.stringMatching(/already/) });
  });

  it('answers a private board with 404, and never lists it', async () => {
    const w = await attendanceWorld({ isPublic: false });
    await addPapers(w, w.meeting.id, papers);
    expect(await getPublicBoard(w.council.slug, w.board.slug, AUTOMATIC)).toBeNull();
    expect(await listPublicBoards(w.council.slug)).toBeNull();
    const publicOne = await attendanceWorld({ isPublic: true });
    expect((await listPublicBoards(publicOne.council.slug))!.boards.map((b) => b.slug)).toEqual(['improvement-board']);
    // a public board's slug under another council's name is not that board
    expect(await getPublicBoard(w.council.slug, publicOne.board.slug, AUTOMATIC)).toBeNull();
    expect(await getPublicBoard('no-such-council', 'improvement-board', AUTOMATIC)).toBeNull();
    expect(
      await publishMeeting.execute({
        actorId: w.people.admin.id,
        councilSlug: w.council.slug,
        boardSlug: w.board.slug,
        now: EARLY,
        input: { meetingId: w.meeting.id },
      }),
    ).toMatchObject({ ok: false, code: 'INVALID' });
  });

  it('does not publish the agenda of a cancelled meeting', async () => {
    const w = await attendanceWorld({ isPublic: true });
    await addPapers(w, w.meeting.id, papers.slice(0, 1));
    await withCouncil(w.council.id, (tx) => tx.meeting.update({ where: { id: w.meeting.id }, data: { status: 'CANCELLED', cancelledReason: 'Moved to May' } }));
    const page = await getPublicBoard(w.council.slug, w.board.slug, AUTOMATIC);
    expect(page!.coming[0]).toMatchObject({ status: 'CANCELLED', agenda: null, cancelledReason: 'Moved to May' });
  });
});

describe('the public paper download', () => {
  // the route answers as of the real clock: a meeting three days ahead is already public
  async function liveWorld() {
    const w = await attendanceWorld({ isPublic: true });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const meeting = await withCouncil(w.council.id, (tx) =>
      tx.meeting.create({
        data: { councilId: w.council.id, boardId: w.board.id, title: 'Next board', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
      }),
    );
    const files = await addPapers(w, meeting.id, papers, true);
    return { w, meetingId: meeting.id, files };
  }
  const download = (council: string, board: string, file: string) =>
    GET(new Request(`http://localhost/public/${council}/${board}/papers/${file}`), { params: Promise.resolve({ council, board, file }) });

  it('streams a public paper with its name, re-checking the marking every time', async () => {
    const { w, files } = await liveWorld();
    const file = files['Public performance report']!;
    const response = await download(w.council.slug, w.board.slug, file.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="Public performance report.pdf"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('%PDF-1.7 Public performance report v2');

    // re-marked OFFICIAL: gone at once
    await withCouncil(w.council.id, (tx) => tx.paper.updateMany({ where: { title: 'Public performance report' }, data: { marking: 'OFFICIAL' } }));
    expect((await download(w.council.slug, w.board.slug, file.id)).status).toBe(404);
  });

  it('refuses OFFICIAL, OFFICIAL-SENSITIVE, unconsented, draft and older files with 404', async () => {
    const { w, files } = await liveWorld();
    for (const title of refused) expect((await download(w.council.slug, w.board.slug, files[title]!.id)).status, title).toBe(404);
    expect((await download(w.council.slug, w.board.slug, files['Public performance report']!.older!)).status).toBe(404);
    expect((await download(w.council.slug, w.board.slug, files['Public paper accepted late by the Chair']!.id)).status).toBe(200);
  });

  it('answers 404 once the board is private, and under another board or council', async () => {
    const { w, files } = await liveWorld();
    const id = files['Public performance report']!.id;
    expect((await download(w.council.slug, 'executive-group', id)).status).toBe(404);
    const other = await make.council();
    expect((await download(other.slug, w.board.slug, id)).status).toBe(404);
    expect((await download(w.council.slug, w.board.slug, 'not-a-uuid')).status).toBe(404);
    await withCouncil(w.council.id, (tx) => tx.board.update({ where: { id: w.board.id }, data: { isPublic: false } }));
    expect((await download(w.council.slug, w.board.slug, id)).status).toBe(404);
  });

  it('does not serve a paper before its meeting is published', async () => {
    const w = await attendanceWorld({ isPublic: true });
    const startsAt = new Date(Date.now() + 40 * 86_400_000);
    const meeting = await withCouncil(w.council.id, (tx) =>
      tx.meeting.create({
        data: { councilId: w.council.id, boardId: w.board.id, title: 'Later board', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) },
      }),
    );
    const files = await addPapers(w, meeting.id, papers.slice(0, 1), true);
    expect((await download(w.council.slug, w.board.slug, files['Public performance report']!.id)).status).toBe(404);
  });
});
