import PDFDocument from 'pdfkit';
import { formatDateTime, formatDayLong, formatLongDate } from '../format';
import { declarationLine, type MinutesStatus, type MinutesText } from '../rules/minutes';
import { pdfText } from '../papers/pdf-text';
import { statusLabel } from './labels';

export type MinutesPdfInput = {
  councilName: string;
  boardName: string;
  meeting: { title: string; startsAt: Date };
  versionNo: number;
  status: MinutesStatus;
  approvedBy: string | null;
  approvedAt: Date | null;
  approvedHash: string | null;
  distributedAt: Date | null;
  confirmedAt: { title: string; startsAt: Date } | null;
  text: MinutesText;
};

const MARGIN = 64;
const INK = '#0b0c0c';
const SECONDARY = '#484949';

/** The approval line and status under the title: approved by whom, and on what date. */
export function minutesApprovalLines(input: MinutesPdfInput): string[] {
  const lines = [`Version ${input.versionNo}. Status: ${statusLabel(input.status)}.`];
  if (input.approvedAt) lines.push(`Approved by the Chair, ${input.approvedBy ?? 'name not recorded'}, on ${formatLongDate(input.approvedAt)}.`);
  else lines.push('Not yet approved by the Chair: this is a draft.');
  if (input.distributedAt) lines.push(`Distributed to members on ${formatLongDate(input.distributedAt)}.`);
  if (input.confirmedAt) lines.push(`Confirmed as an accurate record at ${input.confirmedAt.title} on ${formatLongDate(input.confirmedAt.startsAt)}.`);
  if (input.status === 'SUPERSEDED') lines.push('This version has been replaced by a corrected version.');
  return lines;
}

/**
 * A tagged PDF of one version of minutes (headings, paragraphs and lists in the structure
 * tree, page furniture marked as artifacts), in the built-in Helvetica, as the terms of
 * reference PDF is made.
 */
export function renderMinutesPdf(input: MinutesPdfInput): Promise<Buffer> {
  const title = `${input.boardName}: minutes of ${input.meeting.title}, ${formatLongDate(input.meeting.startsAt)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: title, Author: input.councilName, Subject: 'Minutes', Creator: 'Tabled' },
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
  const keepWithNext = () => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  };

  doc.font('Helvetica').fontSize(11).fillColor(SECONDARY).text(input.councilName, { width, structParent: document });
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(`${input.boardName}: minutes`, { width, structParent: document, structType: 'H1' });
  doc.moveDown(0.3);
  doc
    .font('Helvetica')
    .fontSize(12)
    .text(pdfText(`${input.meeting.title}, ${formatDateTime(input.meeting.startsAt)}`), { width, structParent: document });
  doc.moveDown(0.5);
  doc.fontSize(11);
  for (const line of minutesApprovalLines(input)) doc.text(pdfText(line), { width, structParent: document });
  if (input.approvedHash) {
    doc.moveDown(0.3);
    doc.fontSize(8).fillColor(SECONDARY).text(`SHA-256 of the approved text: ${input.approvedHash}`, { width, structParent: document });
  }
  doc.moveDown(1);

  const attendance = doc.struct('Sect');
  document.add(attendance);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text('Attendance', { width, structParent: attendance, structType: 'H2' });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(11);
  if (input.text.attendance?.length) {
    const list = doc.struct('L');
    attendance.add(list);
    for (const a of input.text.attendance) doc.text(pdfText(`${a.name}, ${a.position}: ${a.attendance}`), { width, structParent: list, structType: 'LI' });
    list.end();
  } else {
    doc.text(input.text.attendance ? 'No attendance recorded.' : 'Attendance is in the meeting’s record.', { width, structParent: attendance });
  }
  if (input.text.quorum) {
    doc.moveDown(0.3);
    doc.text(pdfText(`Quorum (the Chair's decision): ${input.text.quorum}`), { width, structParent: attendance, structType: 'P' });
  }
  attendance.end();
  doc.moveDown(0.8);

  if (input.text.declarations?.length) {
    const declarations = doc.struct('Sect');
    document.add(declarations);
    doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text('Declarations of interest', { width, structParent: declarations, structType: 'H2' });
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(11);
    const list = doc.struct('L');
    declarations.add(list);
    for (const d of input.text.declarations) doc.text(pdfText(`• ${declarationLine(d)}`), { width, structParent: list, structType: 'LI', indent: 8 });
    list.end();
    declarations.end();
    doc.moveDown(0.8);
  }

  input.text.items.forEach((item, i) => {
    const sect = doc.struct('Sect');
    document.add(sect);
    keepWithNext();
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .fillColor(INK)
      .text(pdfText(`${i + 1}. ${item.heading}`), { width, structParent: sect, structType: 'H2' });
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(11);
    for (const paragraph of (item.discussion.trim() || 'No discussion recorded.').split(/\n{2,}/)) {
      doc.text(pdfText(paragraph), { width, structParent: sect, paragraphGap: 4, lineGap: 2 });
      doc.moveDown(0.3);
    }
    if (item.decisions.length) {
      keepWithNext();
      doc.font('Helvetica-Bold').text('Decisions and recommendations', { width, structParent: sect, structType: 'H3' });
      doc.font('Helvetica');
      const list = doc.struct('L');
      sect.add(list);
      for (const d of item.decisions) {
        const line = d.kind === 'RECOMMENDATION' ? `Recommendation to ${d.decisionMaker ?? 'a decision maker not named'}: ${d.text}` : `Decision: ${d.text}`;
        doc.text(pdfText(`• ${line}`), { width, structParent: list, structType: 'LI', indent: 8 });
      }
      list.end();
      doc.moveDown(0.3);
    }
    if (item.actions.length) {
      keepWithNext();
      doc.font('Helvetica-Bold').text('Actions arising', { width, structParent: sect, structType: 'H3' });
      doc.font('Helvetica');
      const list = doc.struct('L');
      sect.add(list);
      for (const a of item.actions) {
        const due = a.dueOn ? formatDayLong(new Date(`${a.dueOn}T00:00:00Z`)) : 'not set';
        doc.text(pdfText(`• ${a.description} Owner: ${a.owner ?? 'not named'}. Due: ${due}.`), { width, structParent: list, structType: 'LI', indent: 8 });
      }
      list.end();
    }
    sect.end();
    doc.moveDown(0.6);
  });
  document.end();

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(SECONDARY)
      .text(
        `${input.boardName}, minutes of ${formatLongDate(input.meeting.startsAt)}, version ${input.versionNo} (${statusLabel(input.status).toLowerCase()}). Page ${i + 1} of ${range.count}`,
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
