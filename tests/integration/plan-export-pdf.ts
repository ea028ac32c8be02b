import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';

/**
 * The text of each page of a PDF drawn in a standard font, read as agenda-pack.test.ts
 * reads the agenda pack (the same approach, lifted out so the plan tests can share it):
 * decode each page's content streams and collect the strings shown between BT and ET,
 * one string per text block (a line).
 */
function pageText(doc: PDFDocument, page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const blocks: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    const ops = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    for (const block of ops.match(/\bBT\b[\s\S]*?\bET\b/g) ?? []) {
      const strings = block.match(/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      blocks.push(
        strings
          .map((s) => (s.startsWith('<') ? Buffer.from(s.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1') : s.slice(1, -1).replace(/\\(.)/g, '$1')))
          .join(''),
      );
    }
  }
  return blocks.join('\n');
}

export async function readPdf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return { title: doc.getTitle(), pages: doc.getPages().map((page) => pageText(doc, page)) };
}
