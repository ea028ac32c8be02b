import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';

/**
 * Reading a generated PDF's text back. pdf-lib cannot extract text, so the tests do what
 * a reader does at its simplest: for each page, decode its content streams (pdf-lib's own
 * decoder undoes the Flate compression) and collect the strings shown between BT and ET.
 * That works because every text we draw uses a standard PDF font (pdfkit's or pdf-lib's
 * Helvetica), whose strings are WinAnsi bytes written as <hex> or (literal) strings, so
 * they decode to the words themselves. Each page's text is one string per text block (a
 * line), so a phrase that fits on one line is found exactly, on the page it is on.
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
