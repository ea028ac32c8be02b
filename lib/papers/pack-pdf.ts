import PDFKit from 'pdfkit';
import { degrees, PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDateTime, formatTime } from '../format';
import { label } from '../labels';
import { markingLabels } from './schema';
import { pdfText } from './pdf-text';

type Marking = keyof typeof markingLabels;

export type PackPaper = {
  title: string;
  marking: Marking;
  /** the paper's PDF, when it goes into the pack */
  pdf?: Uint8Array;
  /** why it is listed but not in the pack (a Word file, awaiting the Chair, ...) */
  note?: string;
};

export type PackItem = {
  position: number;
  title: string;
  presenter: string | null;
  purpose: string;
  durationMinutes: number | null;
  papers: PackPaper[];
};

export type PackInput = {
  councilName: string;
  boardName: string;
  meeting: { title: string; startsAt: Date; endsAt: Date; venue: string | null; theme: string | null };
  items: PackItem[];
  /** papers for the meeting as a whole, not one item */
  otherPapers: PackPaper[];
  preparedFor: string;
  preparedAt: Date;
};

const markingRank: Record<Marking, number> = { PUBLIC: 0, OFFICIAL: 1, OFFICIAL_SENSITIVE: 2 };

/**
 * One PDF for a meeting: a cover, the agenda (each paper with the page it starts on) and
 * the PDF papers in agenda order, every page numbered "Page n of N". pdfkit draws the
 * cover and agenda; pdf-lib copies the papers' own pages in unchanged and stamps the
 * numbers, so a paper looks exactly as its author made it.
 */
export async function buildAgendaPack(input: PackInput): Promise<Uint8Array> {
  // Each paper is read first: one that cannot be read or copied (damaged, or encrypted) is
  // listed in the agenda with the reason and left out, never failing the pack.
  const included: { paper: PackPaper; doc: PDFDocument; pageCount: number }[] = [];
  const probe = await PDFDocument.create();
  for (const paper of [...input.items.flatMap((i) => i.papers), ...input.otherPapers]) {
    if (!paper.pdf) continue;
    try {
      const doc = await PDFDocument.load(paper.pdf, { updateMetadata: false });
      const pages = await probe.copyPages(doc, doc.getPageIndices());
      if (pages.length === 0) throw new Error('no pages');
      included.push({ paper, doc, pageCount: pages.length });
    } catch {
      paper.note = 'not in this pack: the file could not be read as a PDF (it may be damaged or password-protected); open it from the papers page';
      delete paper.pdf;
    }
  }

  // The agenda names the page each paper starts on, which depends on how many pages the
  // agenda itself takes: draw it until that count settles (it does at once in practice).
  let frontPages = 2;
  let frontBytes = await drawFront(input, startPages(included, frontPages));
  let front = await PDFDocument.load(frontBytes);
  for (let i = 0; i < 3 && front.getPageCount() !== frontPages; i++) {
    frontPages = front.getPageCount();
    frontBytes = await drawFront(input, startPages(included, frontPages));
    front = await PDFDocument.load(frontBytes);
  }

  // The pack is the tagged cover and agenda (its structure tree, language and title kept),
  // with the papers' own pages added after it unchanged.
  const pack = front;
  pack.setTitle(pdfText(`Agenda pack: ${input.boardName}, ${formatDateTime(input.meeting.startsAt)}`), { showInWindowTitleBar: true });
  pack.setLanguage('en-GB');
  pack.setProducer('Tabled');
  pack.setCreator('Tabled');
  for (const { doc } of included) for (const page of await pack.copyPages(doc, doc.getPageIndices())) pack.addPage(page);

  const font = await pack.embedFont(StandardFonts.Helvetica);
  const pages = pack.getPages();
  const footer = pdfText(`${input.boardName}, ${formatDateTime(input.meeting.startsAt)}`);
  pages.forEach((page, i) => stampFooter(page, font, `${footer}  |  Page ${i + 1} of ${pages.length}`));
  return pack.save();
}

function startPages(included: { paper: PackPaper; pageCount: number }[], frontPages: number): Map<PackPaper, number> {
  const starts = new Map<PackPaper, number>();
  let next = frontPages + 1;
  for (const { paper, pageCount } of included) {
    starts.set(paper, next);
    next += pageCount;
  }
  return starts;
}

/** The cover and the agenda, drawn with pdfkit's standard Helvetica as a tagged PDF (headings, paragraphs, lists) in British English. */
async function drawFront(input: PackInput, starts: Map<PackPaper, number>): Promise<Uint8Array> {
  const doc = new PDFKit({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: pdfText(`Agenda pack: ${input.boardName}, ${formatDateTime(input.meeting.startsAt)}`),
      Author: pdfText(input.councilName),
      Subject: 'Agenda pack',
      Producer: 'Tabled',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const { meeting } = input;
  const allPapers = [...input.items.flatMap((i) => i.papers), ...input.otherPapers].filter((p) => starts.has(p));
  const highest = allPapers.reduce<Marking | null>((top, p) => (top === null || markingRank[p.marking] > markingRank[top] ? p.marking : top), null);
  const document = doc.struct('Document');
  doc.addStructure(document);
  const p = (parent: typeof document) => ({ structParent: parent });

  // cover
  const cover = doc.struct('Sect');
  document.add(cover);
  if (highest)
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(markingLabels[highest], { align: 'center', ...p(cover) })
      .moveDown(4);
  else doc.moveDown(5);
  doc.font('Helvetica').fontSize(14).text(pdfText(input.councilName), p(cover));
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(26).text(pdfText(input.boardName), { structParent: cover, structType: 'H1' });
  doc.moveDown(0.5).font('Helvetica').fontSize(18).text(pdfText(meeting.title), p(cover));
  if (meeting.theme)
    doc
      .moveDown(0.3)
      .fontSize(14)
      .text(pdfText(`Theme: ${meeting.theme}`), p(cover));
  doc
    .moveDown(1.5)
    .fontSize(14)
    .text(`${formatDateTime(meeting.startsAt)} to ${formatTime(meeting.endsAt)}`, p(cover));
  doc.text(pdfText(meeting.venue ?? 'Venue to be confirmed'), p(cover));
  doc.moveDown(3).font('Helvetica-Bold').fontSize(20).text('Agenda pack', { structParent: cover, structType: 'H2' });
  doc
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(11)
    .fillColor('#484949')
    .text(
      `Contains the agenda and ${allPapers.length} ${allPapers.length === 1 ? 'paper' : 'papers'}.${highest ? ` The highest protective marking of its papers is ${markingLabels[highest]}: handle the whole pack accordingly.` : ''}`,
      p(cover),
    );
  doc
    .moveDown(0.5)
    .text(pdfText(`Prepared for ${input.preparedFor} on ${formatDateTime(input.preparedAt)}.`), p(cover))
    .fillColor('#0b0c0c');
  cover.end();

  // agenda
  doc.addPage();
  const agenda = doc.struct('Sect');
  document.add(agenda);
  doc.font('Helvetica-Bold').fontSize(22).text('Agenda', { structParent: agenda, structType: 'H2' }).moveDown(0.8);
  const paperLines = (parent: typeof document, papers: PackPaper[]) => {
    if (papers.length === 0) return;
    const list = doc.struct('L');
    parent.add(list);
    for (const paper of papers) {
      const start = starts.get(paper);
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(pdfText(`Paper: ${paper.title} (${markingLabels[paper.marking]})`), { indent: 18, structParent: list, structType: 'LI' });
      doc
        .fillColor('#484949')
        .text(start ? `Starts on page ${start}` : (paper.note ?? 'Not in this pack'), { indent: 18, structParent: list, structType: 'LI' })
        .fillColor('#0b0c0c');
    }
    list.end();
  };
  for (const item of input.items) {
    const sect = doc.struct('Sect');
    agenda.add(sect);
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(pdfText(`${item.position}. ${item.title}`), { structParent: sect, structType: 'H3' });
    const details = [
      label('itemPurpose', item.purpose),
      item.presenter && `presented by ${item.presenter}`,
      item.durationMinutes && `${item.durationMinutes} minutes`,
    ]
      .filter(Boolean)
      .join(', ');
    doc.font('Helvetica').fontSize(11).fillColor('#484949').text(pdfText(details), p(sect)).fillColor('#0b0c0c');
    paperLines(sect, item.papers);
    doc.moveDown(0.8);
    sect.end();
  }
  if (input.items.length === 0) doc.font('Helvetica').fontSize(12).text('The agenda has not been drafted yet.', p(agenda));
  if (input.otherPapers.length) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).text('Papers for the meeting as a whole', { structParent: agenda, structType: 'H3' });
    paperLines(agenda, input.otherPapers);
  }
  agenda.end();
  document.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The footer at the bottom of the page as it is shown: a page with /Rotate is drawn in
 * its unrotated space, so the text is placed and turned to land at the visual bottom.
 */
function stampFooter(page: PDFPage, font: PDFFont, text: string) {
  const size = 8;
  const margin = 14;
  const width = font.widthOfTextAtSize(text, size);
  const box = page.getCropBox();
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const at =
    angle === 90
      ? { x: box.x + box.width - margin, y: cy - width / 2 }
      : angle === 180
        ? { x: cx + width / 2, y: box.y + box.height - margin }
        : angle === 270
          ? { x: box.x + margin, y: cy + width / 2 }
          : { x: cx - width / 2, y: box.y + margin };
  page.drawText(text, { ...at, size, font, color: rgb(0.28, 0.29, 0.29), rotate: degrees(angle) });
}
