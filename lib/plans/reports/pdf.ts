import PDFDocument from 'pdfkit';
import { pdfText } from '../../papers/pdf-text';
import { collect, numberPages } from '../export/pdf';
import type { ReportDocument } from './document';

const MARGIN = 50;
const INK = '#0b0c0c';
const SECONDARY = '#484949';

/**
 * The report as a tagged PDF: title in the metadata, headings, paragraphs and real
 * tables (header cells marked as headers) in the structure tree. Landscape, so the
 * tables have room.
 */
export function renderReportPdf(report: ReportDocument, meta: { author: string }): Promise<Buffer> {
  const title = `${report.title}: ${report.subtitle}`;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: pdfText(title), Author: pdfText(meta.author), Subject: 'Improvement plan progress report', Creator: 'Tabled' },
  });
  const done = collect(doc);
  const width = doc.page.width - MARGIN * 2;
  const document = doc.struct('Document');
  doc.addStructure(document);
  const text = (s: string, parent: PDFKit.PDFStructureElement, type: string) =>
    doc.text(pdfText(s), { width, structParent: parent, structType: type } as PDFKit.Mixins.TextOptions);

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK);
  text(report.title, document, 'H1');
  doc.font('Helvetica-Bold').fontSize(14);
  text(report.subtitle, document, 'P');
  doc.moveDown(0.3).font('Helvetica').fontSize(11).fillColor(SECONDARY);
  for (const line of report.lines) text(line, document, 'P');
  doc.fillColor(INK).moveDown(0.8);

  for (const section of report.sections) {
    const sect = doc.struct('Sect');
    document.add(sect);
    if (doc.y > doc.page.height - MARGIN - 100) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(15).fillColor(INK);
    text(section.heading, sect, 'H2');
    doc.moveDown(0.3).font('Helvetica').fontSize(11);
    for (const p of section.paragraphs) text(p, sect, 'P');
    if (section.table) {
      doc.moveDown(0.4);
      const t = section.table;
      doc.font('Helvetica').fontSize(9);
      doc.table({
        structParent: sect,
        position: { x: MARGIN },
        maxWidth: width,
        defaultStyle: { padding: 4, border: 0.5, borderColor: '#b1b4b6' },
        data: [
          t.headers.map((h) => ({ text: pdfText(h), type: 'TH' as const, scope: 'Column', font: { src: 'Helvetica-Bold' }, backgroundColor: '#f3f2f1' })),
          ...t.rows.map((row) =>
            row.map((c, i) =>
              i === t.rowHeader ? { text: pdfText(c), type: 'TH' as const, scope: 'Row', font: { src: 'Helvetica-Bold' } } : { text: pdfText(c) },
            ),
          ),
        ],
      } as PDFKit.Mixins.TableOptionsWithData);
      doc.x = MARGIN;
    }
    sect.end();
    doc.moveDown(1);
  }
  document.end();
  numberPages(doc, title);
  doc.end();
  return done;
}
