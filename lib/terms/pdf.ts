import PDFDocument from 'pdfkit';
import type { TermsStatus } from '../db/generated/prisma/client';
import { formatDayLong, formatLongDate } from '../format';
import { label, labelInSentence } from '../labels';
import { listItems, type SectionFormat } from '../rules/terms-shape';

export type TermsPdfInput = {
  councilName: string;
  boardName: string;
  /** the version as the board writes it ("Version 3", "V0.2 draft") */
  shown: string;
  status: TermsStatus;
  /** recorded from a past paper rather than drafted in Tabled */
  historical: boolean;
  approvedBy: string | null;
  /** the body that approved ("Full Council"), its decision's reference and a note */
  approvedByBody: string | null;
  approvalReference: string | null;
  approvalNote: string | null;
  agreedOn: Date | null;
  approvedAt: Date | null;
  approvedHash: string | null;
  agreedAt: { title: string; startsAt: Date } | null;
  /** the London day of the next review, for the current approved version */
  reviewOn: string | null;
  sections: readonly { heading: string; body: string; format?: SectionFormat }[];
};

/** What the print view and the PDF show of a version read by getTermsVersion, for the board in the URL. */
export function termsDocumentInput(
  ctx: { council: { name: string }; board: { name: string } },
  v: Pick<
    TermsPdfInput,
    'shown' | 'status' | 'historical' | 'approvedAt' | 'approvedHash' | 'approvedByBody' | 'approvalReference' | 'approvalNote' | 'agreedOn' | 'sections'
  > & {
    approvedBy: { name: string } | null;
    agreedAtMeeting: TermsPdfInput['agreedAt'];
    review: { reviewOn: string } | null;
  },
): TermsPdfInput {
  return {
    councilName: ctx.council.name,
    boardName: ctx.board.name,
    shown: v.shown,
    status: v.status,
    historical: v.historical,
    approvedBy: v.approvedBy?.name ?? null,
    approvedByBody: v.approvedByBody,
    approvalReference: v.approvalReference,
    approvalNote: v.approvalNote,
    agreedOn: v.agreedOn,
    approvedAt: v.approvedAt,
    approvedHash: v.approvedHash,
    agreedAt: v.agreedAtMeeting,
    reviewOn: v.review?.reviewOn ?? null,
    sections: v.sections,
  };
}

/** "Approved by Full Council on 12 March 2025 (minute 45)." or "Approved by the Chair, Theresa Leavy, on …". */
export function approvedLine(input: Pick<TermsPdfInput, 'approvedAt' | 'approvedBy' | 'approvedByBody' | 'approvalReference'>): string {
  if (!input.approvedAt) return 'Not yet approved.';
  const ref = input.approvalReference ? ` (${input.approvalReference})` : '';
  if (input.approvedByBody) return `Approved by ${input.approvedByBody} on ${formatLongDate(input.approvedAt)}${ref}.`;
  return `Approved by the Chair, ${input.approvedBy ?? 'name not recorded'}, on ${formatLongDate(input.approvedAt)}${ref}.`;
}

/** The status in words: an approval by a named body or from history does not say "by the Chair". */
export function statusWords(input: Pick<TermsPdfInput, 'status' | 'approvedByBody' | 'historical'>): string {
  const words = input.status === 'APPROVED' && input.approvedByBody ? 'Approved' : label('termsStatus', input.status);
  return input.historical ? `${words} (historical record)` : words;
}

const MARGIN = 64;
const INK = '#0b0c0c';
const SECONDARY = '#484949';

/** The lines under the title that say what this document is and who signed it. */
export function approvalLines(input: TermsPdfInput): string[] {
  const lines = [`${input.shown}. Status: ${statusWords(input)}.`];
  if (input.historical) lines.push('Historical record: recorded from the board’s own paper, not drafted or approved in Tabled.');
  if (input.agreedAt) lines.push(`Agreed by the board at ${input.agreedAt.title} on ${formatLongDate(input.agreedAt.startsAt)}.`);
  else if (input.agreedOn) lines.push(`Agreed by the board on ${formatDayLong(input.agreedOn)}.`);
  if (input.approvedAt) lines.push(approvedLine(input));
  else lines.push('Not yet approved: this is a draft for discussion.');
  if (input.approvalNote) lines.push(input.approvalNote);
  if (input.status === 'SUPERSEDED') lines.push('This version has been replaced by a later approved version.');
  if (input.reviewOn) lines.push(`Next review due by ${formatDayLong(new Date(`${input.reviewOn}T00:00:00Z`))}.`);
  return lines;
}

/**
 * A tagged PDF (headings and paragraphs in the structure tree, page numbers marked as
 * artifacts) in the built-in Helvetica, so no font files ship with the app.
 */
export function renderTermsPdf(input: TermsPdfInput): Promise<Buffer> {
  const title = `${input.boardName}: Terms of Reference, ${input.shown}${input.historical ? ' (historical record)' : ''}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: title, Author: input.councilName, Subject: 'Terms of reference', Creator: 'Tabled' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const document = doc.struct('Document');
  doc.addStructure(document);

  doc.font('Helvetica').fontSize(11).fillColor(SECONDARY).text(input.councilName, { width, structParent: document });
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(`${input.boardName}: Terms of Reference`, { width, structParent: document, structType: 'H1' });
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11).fillColor(INK);
  for (const line of approvalLines(input)) doc.text(line, { width, structParent: document });
  if (input.approvedHash) {
    doc.moveDown(0.3);
    doc.fontSize(8).fillColor(SECONDARY).text(`SHA-256 of the approved text: ${input.approvedHash}`, { width, structParent: document });
  }
  doc.moveDown(1);

  for (const section of input.sections) {
    const sect = doc.struct('Sect');
    document.add(sect);
    // keep a heading with the start of its text
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(section.heading, { width, structParent: sect, structType: 'H2' });
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(11);
    if (section.format === 'NUMBERED_LIST') {
      // a tagged list (L > LI > Lbl, LBody), so a screen reader announces fifteen items
      const list = doc.struct('L');
      sect.add(list);
      doc.list(listItems(section.body), { width, listType: 'numbered', structParent: list, paragraphGap: 4, lineGap: 2 });
      list.end();
      doc.moveDown(0.4);
    } else {
      for (const paragraph of section.body.split(/\n{2,}/)) {
        doc.text(paragraph, { width, structParent: sect, paragraphGap: 4, lineGap: 2 });
        doc.moveDown(0.4);
      }
    }
    sect.end();
    doc.moveDown(0.6);
  }
  document.end();

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // page furniture sits in the margin; without this pdfkit would start a new page
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(SECONDARY)
      .text(
        `${input.boardName}, terms of reference, ${input.shown} (${input.historical ? 'historical record, ' : ''}${labelInSentence('termsStatus', input.status)}). Page ${i + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN / 2 - 6,
        { width, lineBreak: false },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
