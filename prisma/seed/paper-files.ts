import crypto from 'node:crypto';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { fileStore } from '../../lib/storage';
import { newPaperKey } from '../../lib/storage/keys';
import type { Rows } from './rows';

/**
 * A small, real PDF for a demo paper: its title, the board's marking and a line saying it
 * is made up, so every demo download and agenda pack opens. Made at seed time (nothing
 * binary is kept in the repository) and the same for the same title.
 */
export async function demoPaperPdf(title: string, marking: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setLanguage('en-GB');
  doc.setProducer('Tabled demo');
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const page = doc.addPage([595.28, 841.89]);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(marking.replace(/_/g, ' '), { x: 50, y: 800, size: 10, font: bold, color: rgb(0.3, 0.3, 0.3) });
  let y = 760;
  for (const line of wrap(title, 60)) {
    page.drawText(line, { x: 50, y, size: 18, font: bold });
    y -= 24;
  }
  page.drawText('A demonstration paper: the councils, people and figures are made up.', { x: 50, y: y - 12, size: 11, font: regular });
  return doc.save();
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Writes a real file for every paper version the rows describe, through the same storage
 * interface and key scheme as an upload, and records its true size and SHA-256 on the row.
 * Returns the keys written, so a failed seed can remove them again.
 */
export async function storeDemoPaperFiles(rows: Rows, councilId: string): Promise<string[]> {
  const store = fileStore();
  const papers = new Map(rows.paper.map((p) => [p.id, p]));
  const written: string[] = [];
  for (const file of rows.paperFile) {
    const paper = papers.get(file.paperId);
    const bytes = await demoPaperPdf(paper?.title ?? file.fileName, String(paper?.marking ?? 'OFFICIAL'));
    const key = newPaperKey(councilId);
    const { sizeBytes } = await store.put(key, new Blob([new Uint8Array(bytes)]).stream());
    written.push(key);
    file.storageKey = key;
    file.sizeBytes = sizeBytes;
    file.sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    file.contentType = 'application/pdf';
  }
  return written;
}
