import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportDocument } from './document';

/**
 * The report as a Word document an officer can edit before it goes to committee: real
 * heading styles (so the navigation pane and a table of contents work), real tables
 * with a repeating header row, and the title in the document's properties.
 */
export async function renderReportDocx(report: ReportDocument, meta: { author: string }): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: report.subtitle, bold: true, size: 28 })] }),
    ...report.lines.map((line) => new Paragraph({ text: line })),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const p of section.paragraphs) children.push(new Paragraph({ text: p }));
    const t = section.table;
    if (!t) continue;
    children.push(new Paragraph({ children: [new TextRun({ text: t.caption, italics: true })] }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: t.headers.map(
              (h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })], shading: { fill: 'F3F2F1' } }),
            ),
          }),
          ...t.rows.map(
            (row) =>
              new TableRow({
                children: row.map(
                  (c, i) =>
                    new TableCell({
                      children: c
                        .split('\n')
                        .map((line) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: line, bold: i === t.rowHeader })] })),
                    }),
                ),
              }),
          ),
        ],
      }),
    );
    children.push(new Paragraph({ text: '' }));
  }
  const doc = new Document({
    title: `${report.title}: ${report.subtitle}`,
    creator: meta.author,
    description: 'Improvement plan progress report',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
