import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCouncil } from '../../lib/db/tenant';
import { AppError, httpStatus } from '../../lib/errors';
import { acceptLatePaper, circulatePapers } from '../../lib/papers/actions';
import { openPaperFile } from '../../lib/papers/download';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { afterDeadline, beforeDeadline, papersWorld, pdfWith, uploaded, type PapersWorld } from './papers-world';

let t: TestDb;
let storageDir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-papers-'));
  process.env.FILE_STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(storageDir, { recursive: true, force: true });
});

type Who = keyof PapersWorld['people'];
const uploadedAt = new Date('2026-03-20T09:00:00Z');

const circulate = (w: PapersWorld, now: Date, who: Who = 'admin') =>
  circulatePapers.execute({ actorId: w.people[who].id, councilSlug: w.council.slug, boardSlug: 'ib', input: { meetingId: w.meeting.id }, now });

const consent = (w: PapersWorld, who: Who, fileId: string, reason = 'The board needs the month-end figures for this meeting') =>
  acceptLatePaper.execute({
    actorId: w.people[who].id,
    councilSlug: w.council.slug,
    boardSlug: 'ib',
    input: { fileId, reason },
    now: new Date('2026-04-02T09:00:00Z'),
  });

/** Opens a paper as a person; answers the HTTP status the route would give and the bytes on success. */
async function open(
  w: PapersWorld,
  who: Who,
  ids: { paperId: string; fileId: string },
  route: { councilSlug?: string; boardSlug?: string; meetingId?: string } = {},
) {
  try {
    const file = await openPaperFile({
      actorId: w.people[who].id,
      councilSlug: route.councilSlug ?? w.council.slug,
      boardSlug: route.boardSlug ?? 'ib',
      meetingId: route.meetingId ?? w.meeting.id,
      ...ids,
    });
    return { status: 200, bytes: new Uint8Array(await new Response(file.body).arrayBuffer()), fileName: file.fileName };
  } catch (error) {
    if (error instanceof AppError) return { status: httpStatus[error.code], message: error.message };
    throw error;
  }
}

const paperRow = (w: PapersWorld, id: string) => withCouncil(w.council.id, (tx) => tx.paper.findUniqueOrThrow({ where: { id } }));
const mailFor = (w: PapersWorld, kind: string) => t.prisma.outboxMessage.findMany({ where: { councilId: w.council.id, kind }, orderBy: { toAddress: 'asc' } });

async function paper(w: PapersWorld, title: string, phrase: string, extra: Record<string, string> = {}) {
  return uploaded(
    w,
    await pdfWith(phrase),
    { title, marking: 'OFFICIAL', agendaItemId: w.items[1]!.id, fileName: `${title}.pdf`, ...extra },
    { now: uploadedAt },
  );
}

describe('circulating papers', () => {
  it('records a paper circulated after the deadline as late, never refusing it', async () => {
    const w = await papersWorld();
    const p = await paper(w, 'Performance report', 'Month-end figures');
    const result = await circulate(w, afterDeadline);
    expect(result).toMatchObject({ ok: true, data: { late: true } });
    expect(result.ok && result.message).toMatch(/The deadline was Tuesday,? 31 March 2026 at 11:59pm, so it is marked late and needs the Chair's consent/);
    expect(await paperRow(w, p.paperId)).toMatchObject({ status: 'CIRCULATED', circulatedAt: afterDeadline, isLate: true, lateAcceptedAt: null });
    // kept and flagged: the Chair can read it to decide; members wait for the consent
    expect((await open(w, 'chair', p)).status).toBe(200);
    expect(await open(w, 'member1', p)).toMatchObject({ status: 403, message: expect.stringMatching(/waiting for the Chair's consent/) });
  });

  it('is on time up to the end of the deadline day', async () => {
    const w = await papersWorld();
    const p = await paper(w, 'Performance report', 'On time');
    expect(await circulate(w, new Date('2026-03-31T22:59:59.999Z'))).toMatchObject({ ok: true, data: { late: false } });
    expect(await paperRow(w, p.paperId)).toMatchObject({ isLate: false, status: 'CIRCULATED' });
    expect((await open(w, 'member1', p)).status).toBe(200);
  });

  it('sends one email to each person due the papers, and to no one else', async () => {
    const w = await papersWorld();
    const official = await paper(w, 'Performance report', 'Official words');
    const sensitive = await paper(w, 'Case file audit', 'Sensitive words', { marking: 'OFFICIAL_SENSITIVE', agendaItemId: w.items[2]!.id });
    const result = await circulate(w, beforeDeadline);
    expect(result).toMatchObject({ ok: true, data: { recipients: 5 }, message: 'Circulated 2 papers to 5 people' });

    const mail = await mailFor(w, 'papers.circulated');
    const due: Who[] = ['attendee', 'chair', 'member1', 'member2', 'sub1'];
    // not the administrator (who sends them), the observer, the substitute not standing in, or a bystander
    expect(mail.map((m) => m.toAddress)).toEqual(due.map((who) => w.people[who].email).sort());
    const to = (who: Who) => mail.find((m) => m.toAddress === w.people[who].email)!;
    // (the date reads as this machine's ICU writes it, with or without the comma after the day)
    expect(to('member1').subject).toMatch(/^Papers for Improvement Board, Thursday,? 9 April 2026 at 10am$/);
    for (const who of ['member1', 'sub1', 'chair'] as const) {
      expect(to(who).textBody).toContain(`/meetings/${w.meeting.id}/papers/${official.paperId}/files/${official.fileId}`);
      expect(to(who).textBody).toContain(`/papers/${sensitive.paperId}/files/${sensitive.fileId}`);
    }
    // attendees never get OFFICIAL-SENSITIVE papers
    expect(to('attendee').textBody).toContain(official.fileId);
    expect(to('attendee').textBody).not.toContain('Case file audit');
    expect(to('attendee').textBody).toContain('/pack');
  });

  it('says who is due the papers but could not be written to, and why, on the screen and in the audit trail', async () => {
    const w = await papersWorld();
    // two more members: an external contact with no account here, and one with no email on record
    const contact = await t.prisma.person.create({ data: { name: 'Dana External', email: `dana-${w.council.slug}@partner.example` } });
    const noEmail = await t.prisma.person.create({ data: { name: 'Eli Noemail' } });
    await withCouncil(w.council.id, async (tx) => {
      for (const person of [contact, noEmail]) {
        await tx.seat.create({
          data: { councilId: w.council.id, boardId: w.board.id, personId: person.id, role: 'MEMBER', agency: 'Police', position: 'Member' },
        });
      }
    });
    await paper(w, 'Performance report', 'Official words');
    const result = await circulate(w, beforeDeadline);
    expect(result).toMatchObject({
      ok: true,
      data: {
        recipients: 5,
        unreachable: [
          { name: 'Dana External', why: expect.stringMatching(/no account in this council/) },
          { name: 'Eli Noemail', why: 'no email address is on record' },
        ],
      },
      message: expect.stringMatching(
        /^Circulated 1 paper to 5 people\. Not sent to 2 people due them: Dana External \(they have no account in this council yet: invite them to sign in to read papers\); Eli Noemail \(no email address is on record\)$/,
      ),
    });
    expect((await mailFor(w, 'papers.circulated')).map((m) => m.toAddress)).not.toContain(contact.email);
    const audit = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { kind: 'papers.circulated', entityId: w.meeting.id } }));
    expect(audit.data).toMatchObject({ after: { unreachable: [{ personId: contact.id }, { personId: noEmail.id }] } });
  });

  it('circulates only what is new, and refuses when there is nothing to send', async () => {
    const w = await papersWorld();
    expect(await circulate(w, beforeDeadline)).toMatchObject({ ok: false, code: 'INVALID', message: expect.stringMatching(/no new papers/) });
    const p = await paper(w, 'Performance report', 'Version one');
    await circulate(w, beforeDeadline);
    expect(await circulate(w, beforeDeadline)).toMatchObject({ ok: false, code: 'INVALID' });
    // a new version goes out on the next circulation; until then members keep version 1
    const v2 = await uploaded(w, await pdfWith('Version two'), { paperId: p.paperId, fileName: 'v2.pdf' }, { now: new Date('2026-03-30T12:00:00Z') });
    expect((await open(w, 'member1', p)).status).toBe(200);
    expect((await open(w, 'member1', v2)).status).toBe(404);
    expect((await open(w, 'admin', v2)).status).toBe(200);
    expect(await circulate(w, new Date('2026-03-30T13:00:00Z'))).toMatchObject({ ok: true, message: 'Circulated 1 paper to 5 people' });
    expect((await open(w, 'member1', v2)).status).toBe(200);
  });

  it('is for administrators only', async () => {
    const w = await papersWorld();
    await paper(w, 'Performance report', 'x');
    for (const who of ['chair', 'member1', 'attendee'] as const)
      expect(await circulate(w, beforeDeadline, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await mailFor(w, 'papers.circulated')).toEqual([]);
  });
});

describe("the Chair's consent to a late paper", () => {
  it("is the Chair's alone, recorded with the reason against the version read, and puts the paper on the agenda", async () => {
    const w = await papersWorld();
    const p = await paper(w, 'Performance report', 'Late figures');
    await circulate(w, afterDeadline);
    for (const who of ['admin', 'member1', 'attendee', 'sub1'] as const)
      expect(await consent(w, who, p.fileId)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await paperRow(w, p.paperId)).toMatchObject({ lateAcceptedAt: null, lateAcceptedById: null });

    expect(await consent(w, 'chair', p.fileId, '  ')).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { reason: [expect.stringMatching(/Enter the reason/)] },
    });
    const result = await consent(w, 'chair', p.fileId);
    expect(result).toMatchObject({ ok: true, message: 'You accepted “Performance report” late: it is now on the agenda' });
    expect(await paperRow(w, p.paperId)).toMatchObject({
      isLate: true,
      lateAcceptedById: w.people.chair.id,
      lateAcceptedAt: new Date('2026-04-02T09:00:00Z'),
      lateReason: 'The board needs the month-end figures for this meeting',
    });
    const event = await withCouncil(w.council.id, (tx) => tx.auditEvent.findFirstOrThrow({ where: { kind: 'paper.late.accept' } }));
    const file = await withCouncil(w.council.id, (tx) => tx.paperFile.findUniqueOrThrow({ where: { id: p.fileId } }));
    expect(event).toMatchObject({ actorId: w.people.chair.id, entityId: p.paperId });
    expect(event.data).toMatchObject({
      after: { fileId: p.fileId, sha256: file.sha256, versionNo: 1, reason: 'The board needs the month-end figures for this meeting' },
    });

    // members can open it now, and were told
    expect((await open(w, 'member1', p)).status).toBe(200);
    const told = await mailFor(w, 'papers.late-accepted');
    expect(told.map((m) => m.toAddress).sort()).toEqual((['attendee', 'member1', 'member2', 'sub1'] as const).map((who) => w.people[who].email).sort());
    expect(await consent(w, 'chair', p.fileId)).toMatchObject({ ok: false, code: 'INVALID', message: 'This late paper has already been accepted' });
  });

  it('needs a paper that was late, and the version the Chair read', async () => {
    const w = await papersWorld();
    const onTime = await paper(w, 'On time paper', 'x');
    await circulate(w, beforeDeadline);
    expect(await consent(w, 'chair', onTime.fileId)).toMatchObject({ ok: false, code: 'INVALID', message: expect.stringMatching(/not waiting for consent/) });

    const late = await paper(w, 'Late paper', 'y', { agendaItemId: w.items[2]!.id });
    await circulate(w, afterDeadline);
    const v2 = await uploaded(w, await pdfWith('revised'), { paperId: late.paperId, fileName: 'v2.pdf' }, { now: new Date('2026-04-01T10:00:00Z') });
    await circulate(w, new Date('2026-04-01T11:00:00Z'));
    // consent to version 1 after version 2 went out is consent to something no longer circulated
    expect(await consent(w, 'chair', late.fileId)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await consent(w, 'chair', v2.fileId)).toMatchObject({ ok: true });
  });
});

describe('downloads', () => {
  it('are recorded: who opened what, when', async () => {
    const w = await papersWorld();
    const p = await paper(w, 'Performance report', 'Recorded');
    await circulate(w, beforeDeadline);
    const opened = await open(w, 'member1', p);
    expect(opened).toMatchObject({ status: 200, fileName: 'Performance report.pdf' });
    expect(Buffer.from(opened.bytes!).subarray(0, 5).toString()).toBe('%PDF-');
    const rows = await withCouncil(w.council.id, (tx) => tx.paperOpened.findMany());
    expect(rows).toEqual([expect.objectContaining({ paperFileId: p.fileId, personId: w.people.member1.id })]);
  });

  it("answer another board's paper and another council's paper with 404", async () => {
    const w = await papersWorld();
    const ours = await paper(w, 'Performance report', 'Ours');
    await circulate(w, beforeDeadline);
    const theirs = await uploaded(
      w,
      await pdfWith('Executive'),
      { title: 'EG paper', marking: 'OFFICIAL', fileName: 'eg.pdf' },
      { boardSlug: 'eg', meetingId: w.otherMeeting.id, now: uploadedAt },
    );
    // the other board's paper through this board's meeting, and through its own meeting on this board's route
    expect((await open(w, 'member1', theirs)).status).toBe(404);
    expect((await open(w, 'member1', theirs, { meetingId: w.otherMeeting.id })).status).toBe(404);
    expect((await open(w, 'member1', theirs, { boardSlug: 'eg', meetingId: w.otherMeeting.id })).status).toBe(404);
    // a paper id with another paper's file id
    expect((await open(w, 'member1', { paperId: ours.paperId, fileId: theirs.fileId })).status).toBe(404);

    const b = await papersWorld();
    const bPaper = await paper(b, 'Their report', 'Theirs');
    await circulate(b, beforeDeadline);
    expect((await open(w, 'member1', bPaper)).status).toBe(404);
    expect((await open(w, 'admin', bPaper)).status).toBe(404);
    expect((await open(w, 'admin', bPaper, { councilSlug: b.council.slug, meetingId: b.meeting.id })).status).toBe(404);
    expect((await open(w, 'member1', { paperId: 'x', fileId: 'y' })).status).toBe(404);
    expect(await withCouncil(b.council.id, (tx) => tx.paperOpened.count())).toBe(0);
  });

  it("give a substitute standing in that meeting's papers, and not a substitute who is not", async () => {
    const w = await papersWorld();
    const official = await paper(w, 'Performance report', 'Official');
    const sensitive = await paper(w, 'Case file audit', 'Sensitive', { marking: 'OFFICIAL_SENSITIVE' });
    await circulate(w, beforeDeadline);
    expect((await open(w, 'sub1', official)).status).toBe(200);
    expect((await open(w, 'sub1', sensitive)).status).toBe(200);
    expect(await open(w, 'sub2', official)).toMatchObject({ status: 403, message: expect.stringMatching(/substitute gets them for a meeting they attend/) });
    expect((await open(w, 'sub2', sensitive)).status).toBe(403);

    // once member 2 says their substitute attends after all, sub2 gets them too
    await withCouncil(w.council.id, (tx) =>
      tx.attendance.updateMany({ where: { meetingId: w.meeting.id, substituteAttends: false }, data: { substituteAttends: true } }),
    );
    expect((await open(w, 'sub2', official)).status).toBe(200);
  });

  it('keep OFFICIAL-SENSITIVE papers from attendees, and drafts from everyone but administrators', async () => {
    const w = await papersWorld();
    const official = await paper(w, 'Performance report', 'Official');
    const sensitive = await paper(w, 'Case file audit', 'Sensitive', { marking: 'OFFICIAL_SENSITIVE' });
    expect((await open(w, 'member1', official)).status).toBe(404);
    expect((await open(w, 'admin', official)).status).toBe(200);
    await circulate(w, beforeDeadline);
    expect((await open(w, 'attendee', official)).status).toBe(200);
    expect((await open(w, 'attendee', sensitive)).status).toBe(404);
    expect((await open(w, 'member2', sensitive)).status).toBe(200);
    expect((await open(w, 'chair', sensitive)).status).toBe(200);
    expect((await open(w, 'observer', official)).status).toBe(403);
    expect((await open(w, 'bystander', official)).status).toBe(404);
  });
});
