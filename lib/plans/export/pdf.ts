import PDFDocument from 'pdfkit';
import { formatDayLong } from '../../format';
import { label, labelInSentence } from '../../labels';
import { pdfText } from '../../papers/pdf-text';
import { withUnit } from '../measures/format';
import { measureRag, measureRagWords } from '../../rules/measure-rag';
import type { PlanExport } from './data';

const MARGIN = 56;
const INK = '#0b0c0c';
const SECONDARY = '#484949';

/** Collects a pdfkit document into one buffer. */
export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Page numbers in the margin, marked as artifacts so a screen reader skips them. */
export function numberPages(doc: PDFKit.PDFDocument, label: string) {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGIN * 2;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(SECONDARY)
      .text(pdfText(`${label}. Page ${i + 1} of ${range.count}`), MARGIN, doc.page.height - MARGIN / 2 - 6, { width, lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The plan as a tagged PDF (headings, paragraphs and lists in the structure tree, the
 * title in the metadata and shown as the window title): each theme with its actions.
 */
export function renderPlanPdf(plan: PlanExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: pdfText(plan.title), Author: pdfText(plan.board.council.name), Subject: `${pdfText(plan.board.name)}: improvement plan`, Creator: 'Tabled' },
  });
  const done = collect(doc);
  const width = doc.page.width - MARGIN * 2;
  const document = doc.struct('Document');
  doc.addStructure(document);
  const text = (s: string, parent: PDFKit.PDFStructureElement, type?: string, opts: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(pdfText(s), { width, structParent: parent, ...(type ? { structType: type } : {}), ...opts } as PDFKit.Mixins.TextOptions);

  doc.font('Helvetica').fontSize(11).fillColor(SECONDARY);
  text(`${plan.board.council.name}, ${plan.board.name}`, document, 'P');
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(20).fillColor(INK);
  text(plan.title, document, 'H1');
  doc.moveDown(0.4).font('Helvetica').fontSize(11);
  const count = plan.themes.reduce((n, t) => n + t.actions.length, 0);
  text(
    `Status: ${label('planStatus', plan.status)}. ${count} ${count === 1 ? 'action' : 'actions'} under ${plan.themes.length} ${plan.themes.length === 1 ? 'theme' : 'themes'}.`,
    document,
    'P',
  );
  if (plan.inspection)
    text(
      `Answers: ${plan.inspection.title}, ${formatDayLong(plan.inspection.visitedOn)} (${labelInSentence('judgement', plan.inspection.judgement)}).`,
      document,
      'P',
    );
  if (plan.submissionDeadline) text(`Submission deadline: ${formatDayLong(plan.submissionDeadline)}.`, document, 'P');
  doc.moveDown(1);

  for (const theme of plan.themes) {
    const sect = doc.struct('Sect');
    document.add(sect);
    if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(15).fillColor(INK);
    text(theme.name, sect, 'H2');
    doc.moveDown(0.3);
    if (theme.actions.length === 0) {
      doc.font('Helvetica').fontSize(11);
      text('No actions under this theme.', sect, 'P');
    }
    for (const a of theme.actions) {
      if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(12).fillColor(INK);
      text(`${a.reference}: ${label('planActionStatus', a.status)}`, sect, 'H3');
      doc.font('Helvetica').fontSize(11);
      text(a.description, sect, 'P', { paragraphGap: 2 });
      doc.fontSize(10).fillColor(SECONDARY);
      const due = a.agreedDueOn ? `Due ${formatDayLong(a.dueOn)}, revised to ${formatDayLong(a.agreedDueOn)}` : `Due ${formatDayLong(a.dueOn)}`;
      const details = [
        `Lead officer: ${a.leadOfficer}. ${due}.`,
        a.agencies.length ? `Partner agencies: ${a.agencies.join(', ')}.` : null,
        a.findings.length ? `Answers findings: ${a.findings.join(', ')}.` : null,
        [
          a.deliveryBody && `Delivered by ${a.deliveryBody.name}`,
          a.scrutinyBody && `scrutinised by ${a.scrutinyBody.name}`,
          a.secondScrutinyBody && `and by ${a.secondScrutinyBody.name}`,
        ]
          .filter(Boolean)
          .join(', ') || null,
      ].filter((d): d is string => Boolean(d));
      for (const d of details) text(d, sect, 'P');
      doc.fillColor(INK).moveDown(0.6);
    }
    sect.end();
    doc.moveDown(0.6);
  }
  if (plan.measures.length) {
    const sect = doc.struct('Sect');
    document.add(sect);
    if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(15).fillColor(INK);
    text('Measures of impact', sect, 'H2');
    doc.moveDown(0.3);
    for (const m of plan.measures) {
      const latest = m.values.at(-1);
      const target = `${withUnit(m.target, m.unit)} (${m.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'} is better)`;
      const standing = latest
        ? `${withUnit(latest.value, m.unit)} in ${latest.periodLabel} against a target of ${target}: ${measureRagWords[measureRag({ value: latest.value, target: m.target, direction: m.direction, tolerance: m.tolerance })].toLowerCase()}.`
        : `No values recorded yet. Target ${target}.`;
      doc.font('Helvetica-Bold').fontSize(11).fillColor(INK);
      text(m.title, sect, 'H3');
      doc.font('Helvetica').fontSize(11);
      text(standing, sect, 'P');
      doc.moveDown(0.4);
    }
    sect.end();
  }
  document.end();
  numberPages(doc, plan.title);
  doc.end();
  return done;
}
