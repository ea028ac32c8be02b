import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { degrees, PDFDocument, PDFName } from 'pdf-lib';
import { readPdf } from './pdf-text';
import { withCouncil } from '../../lib/db/tenant';
import { AppError, httpStatus } from '../../lib/errors';
import { circulatePapers } from '../../lib/papers/actions';
import { agendaPackFor } from '../../lib/papers/agenda-pack';
import { buildAgendaPack } from '../../lib/papers/pack-pdf';
import { closeTestDatabase, openTestDatabase, type TestDb } from './support';
import { afterDeadline, beforeDeadline, papersWorld, pdfWith, uploaded, type PapersWorld } from './papers-world';
import { minimalDocx } from '../unit/office-zip';

let t: TestDb;
let storageDir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tabled-agenda-pack-'));
  process.env.FILE_STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await closeTestDatabase(t);
  await fs.rm(storageDir, { recursive: true, force: true });
});

async function readPack(bytes: Uint8Array) {
  return (await readPdf(bytes)).pages;
}

const at = (iso: string) => new Date(iso);

async function meetingWithPapers(w: PapersWorld) {
  const [apologies, performance, workforce] = w.items as [(typeof w.items)[0], (typeof w.items)[0], (typeof w.items)[0]];
  const up = (bytes: Uint8Array, title: string, itemId: string, when: string, marking = 'OFFICIAL', fileName = `${title}.pdf`) =>
    uploaded(w, bytes, { title, marking, agendaItemId: itemId, fileName }, { now: at(when) });
  const ids = {
    alpha: await up(await pdfWith('ALPHA PAGE ONE', 'ALPHA PAGE TWO'), 'Performance report', performance.id, '2026-03-20T09:00:00Z'),
    foxtrot: await up(await pdfWith('FOXTROT SENSITIVE PAGE'), 'Case file audit', performance.id, '2026-03-20T09:01:00Z', 'OFFICIAL_SENSITIVE'),
    bravo: await up(await pdfWith('BRAVO ONLY PAGE'), 'Workforce strategy', workforce.id, '2026-03-20T09:02:00Z'),
    word: await up(minimalDocx('Workforce data'), 'Workforce data', workforce.id, '2026-03-20T09:03:00Z', 'OFFICIAL', 'Workforce data.docx'),
    charlie: await up(await pdfWith('CHARLIE WHOLE MEETING'), "Chair's briefing", '', '2026-03-20T09:04:00Z'),
  };
  await circulatePapers.execute({
    actorId: w.people.admin.id,
    councilSlug: w.council.slug,
    boardSlug: 'ib',
    input: { meetingId: w.meeting.id },
    now: beforeDeadline,
  });
  // circulated late and not accepted: listed, not packed
  const delta = await up(await pdfWith('DELTA LATE PAPER'), 'Declarations register', apologies.id, '2026-04-01T08:00:00Z');
  await circulatePapers.execute({
    actorId: w.people.admin.id,
    councilSlug: w.council.slug,
    boardSlug: 'ib',
    input: { meetingId: w.meeting.id },
    now: afterDeadline,
  });
  // a draft nobody has seen
  const echo = await up(await pdfWith('ECHO DRAFT PAPER'), 'Draft only', workforce.id, '2026-04-01T10:00:00Z');
  return { ...ids, delta, echo };
}

async function packFor(w: PapersWorld, who: keyof PapersWorld['people'], route: { councilSlug?: string; meetingId?: string } = {}) {
  try {
    const pack = await agendaPackFor({
      actorId: w.people[who].id,
      councilSlug: route.councilSlug ?? w.council.slug,
      boardSlug: 'ib',
      meetingId: route.meetingId ?? w.meeting.id,
      now: at('2026-04-02T08:00:00Z'),
    });
    return { status: 200, pages: await readPack(pack.bytes), fileName: pack.fileName };
  } catch (error) {
    if (error instanceof AppError) return { status: httpStatus[error.code], message: error.message };
    throw error;
  }
}

/** The page (1-based) each phrase is found on; every phrase is on exactly one page. */
function pageOf(pages: string[], phrase: string): number {
  const found = pages.flatMap((text, i) => (text.includes(phrase) ? [i + 1] : []));
  expect(found, phrase).toHaveLength(1);
  return found[0]!;
}

describe('the agenda pack', () => {
  it('has a cover, the agenda, and the papers on the agenda in order, every page numbered', async () => {
    const w = await papersWorld();
    const ids = await meetingWithPapers(w);
    const pack = await packFor(w, 'member1');
    expect(pack.status).toBe(200);
    const pages = pack.pages!;
    expect(pack.fileName).toBe('Agenda pack Improvement Board 2026-04-09.pdf');
    // cover + agenda, then Alpha (2 pages), Foxtrot, Bravo, Charlie
    expect(pages).toHaveLength(7);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of 7`));

    const [cover, agenda] = pages as [string, string];
    for (const words of ['Papers Test Council', 'Improvement Board', 'April board', 'Agenda pack', 'OFFICIAL-SENSITIVE', 'Prepared for Person member1'])
      expect(cover).toContain(words);
    expect(agenda.split('\n')[0]).toBe('Agenda');
    const order = [
      '1. Apologies and declarations',
      '2. Performance report',
      'Paper: Performance report (OFFICIAL)',
      'Starts on page 3',
      'Paper: Case file audit (OFFICIAL-SENSITIVE)',
      'Starts on page 5',
      '3. Workforce strategy',
      'Paper: Workforce strategy (OFFICIAL)',
      'Starts on page 6',
      'Paper: Workforce data (OFFICIAL)',
      'Papers for the meeting as a whole',
      "Paper: Chair's briefing (OFFICIAL)",
      'Starts on page 7',
    ];
    const positions = order.map((line) => agenda.indexOf(line));
    expect(
      positions.every((p) => p >= 0),
      `agenda lines missing: ${order.filter((_, i) => positions[i]! < 0).join(' | ')}\n${agenda}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // the Word paper and the late one are named, and why they are not in the pack
    expect(agenda).toMatch(/Paper: Workforce data \(OFFICIAL\)\nnot in this pack: a Word document \(DOCX\)/);
    expect(agenda).toMatch(/Paper: Declarations register \(OFFICIAL\)\nnot in this pack: circulated late, awaiting the Chair's consent/);
    expect(agenda).not.toContain('Draft only');

    expect(pageOf(pages, 'ALPHA PAGE ONE')).toBe(3);
    expect(pageOf(pages, 'ALPHA PAGE TWO')).toBe(4);
    expect(pageOf(pages, 'FOXTROT SENSITIVE PAGE')).toBe(5);
    expect(pageOf(pages, 'BRAVO ONLY PAGE')).toBe(6);
    expect(pageOf(pages, 'CHARLIE WHOLE MEETING')).toBe(7);
    for (const absent of ['DELTA LATE PAPER', 'ECHO DRAFT PAPER']) expect(pages.some((p) => p.includes(absent))).toBe(false);

    // putting a paper in someone's pack is opening it
    const opened = await withCouncil(w.council.id, (tx) => tx.paperOpened.findMany({ where: { personId: w.people.member1.id } }));
    expect(opened.map((o) => o.paperFileId).sort()).toEqual([ids.alpha.fileId, ids.foxtrot.fileId, ids.bravo.fileId, ids.charlie.fileId].sort());
  });

  it("leaves OFFICIAL-SENSITIVE papers out of an attendee's pack, and takes a late paper once the Chair accepts it", async () => {
    const w = await papersWorld();
    const ids = await meetingWithPapers(w);
    const attendee = await packFor(w, 'attendee');
    expect(attendee.pages).toHaveLength(6);
    expect(attendee.pages!.join('\n')).not.toMatch(/FOXTROT|Case file audit/);
    expect(attendee.pages![1]).not.toContain('OFFICIAL-SENSITIVE');

    const { acceptLatePaper } = await import('../../lib/papers/actions');
    expect(
      await acceptLatePaper.execute({
        actorId: w.people.chair.id,
        councilSlug: w.council.slug,
        boardSlug: 'ib',
        input: { fileId: ids.delta.fileId, reason: 'Needed for declarations' },
      }),
    ).toMatchObject({ ok: true });
    const after = await packFor(w, 'member1');
    expect(after.pages).toHaveLength(8);
    expect(pageOf(after.pages!, 'DELTA LATE PAPER')).toBe(3); // item 1 now has its paper
    expect(pageOf(after.pages!, 'ALPHA PAGE ONE')).toBe(4);
  });

  it('is authorised like a download', async () => {
    const w = await papersWorld();
    await meetingWithPapers(w);
    expect(await packFor(w, 'sub2')).toMatchObject({ status: 403 });
    expect(await packFor(w, 'observer')).toMatchObject({ status: 403 });
    expect(await packFor(w, 'bystander')).toMatchObject({ status: 404 });
    expect((await packFor(w, 'sub1')).status).toBe(200);
    expect(await packFor(w, 'member1', { meetingId: w.otherMeeting.id })).toMatchObject({ status: 404 });
    const b = await papersWorld();
    expect(await packFor(w, 'member1', { meetingId: b.meeting.id })).toMatchObject({ status: 404 });
    expect(await packFor(w, 'admin', { councilSlug: b.council.slug, meetingId: b.meeting.id })).toMatchObject({ status: 404 });
  });

  it('copes with what people really upload: turned pages, an unreadable PDF, titles beyond Latin-1', async () => {
    const turned = await PDFDocument.load(await pdfWith('LANDSCAPE TABLE'));
    turned.getPage(0).setRotation(degrees(90));
    const bytes = await buildAgendaPack({
      councilName: 'Łódź Borough Council',
      boardName: 'Children’s Trust',
      meeting: {
        title: 'Deep dive → care leavers',
        startsAt: at('2026-04-09T09:00:00Z'),
        endsAt: at('2026-04-09T11:00:00Z'),
        venue: null,
        theme: 'Care leavers',
      },
      items: [
        {
          position: 1,
          title: 'Data ✓',
          presenter: null,
          purpose: 'INFORMATION',
          durationMinutes: null,
          papers: [
            { title: 'Landscape', marking: 'PUBLIC', pdf: await turned.save() },
            { title: 'Broken', marking: 'OFFICIAL', pdf: new Uint8Array(Buffer.from('%PDF-1.7 truncated')) },
          ],
        },
      ],
      otherPapers: [],
      preparedFor: 'Zoë Smith',
      preparedAt: at('2026-04-02T08:00:00Z'),
    });
    const pages = await readPack(bytes);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('?ódz Borough Council');
    expect(pages[0]).toContain('Deep dive ? care leavers');
    expect(pages[1]).toMatch(/Paper: Broken \(OFFICIAL\)\nnot in this pack: the file could not be read as a PDF \(it may be damaged/);
    expect(pageOf(pages, 'LANDSCAPE TABLE')).toBe(3);
    expect(pages[2]).toContain('Page 3 of 3');

    // the cover and agenda are tagged (structure tree, headings, lists) and say their language
    const doc = await PDFDocument.load(bytes);
    const catalog = doc.catalog;
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(String(catalog.lookup(PDFName.of('MarkInfo')))).toMatch(/\/Marked true/);
    expect(String(catalog.lookup(PDFName.of('Lang')))).toContain('en-GB');
    const raw = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    for (const tag of ['/H1', '/H2', '/H3', '/L', '/LI']) expect(raw).toContain(`/S ${tag}`);
  });
});
