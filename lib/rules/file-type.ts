/**
 * What kind of document a paper is, judged from its bytes and never from its name or the
 * browser's Content-Type: an executable renamed `report.pdf` must not reach members. The
 * accepted kinds are PDF and the Office Open XML formats (DOCX, XLSX, PPTX), which are ZIP
 * containers told apart by the folders inside them.
 */
export type PaperFileKind = 'pdf' | 'docx' | 'xlsx' | 'pptx';

export const paperFileKinds: Record<PaperFileKind, { contentType: string; extension: string; label: string }> = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', label: 'PDF' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word document (DOCX)' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel spreadsheet (XLSX)' },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    label: 'PowerPoint presentation (PPTX)',
  },
};

/** Bytes kept from the start of an upload: enough for every signature checked here. */
export const HEAD_BYTES = 1024;

/**
 * Bytes kept from the end of an upload. A ZIP lists its entries in a central directory at
 * its end, after an end record whose comment can be 64 KiB; 1 MiB beyond that holds the
 * directory of any Office document with thousands of parts.
 */
export const TAIL_BYTES = 1024 * 1024 + 22 + 65_535;

export type FileTypeVerdict = { ok: true; kind: PaperFileKind } | { ok: false; reason: string };

const ACCEPTED = 'Upload a PDF, a Word document (DOCX), an Excel spreadsheet (XLSX) or a PowerPoint presentation (PPTX)';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old Office files and encrypted new ones
const MZ = [0x4d, 0x5a]; // Windows programs
const ELF = [0x7f, 0x45, 0x4c, 0x46];
const MACHO = [
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
];
const SHEBANG = [0x23, 0x21]; // #!

/**
 * The verdict on an upload from its first bytes (`head`), its last bytes (`tail`, at most
 * TAIL_BYTES) and its total size. Both ends are enough: a PDF says so in its first bytes,
 * and a ZIP's central directory at the end names every entry.
 */
export function detectFileType(input: { head: Uint8Array; tail: Uint8Array; size: number }): FileTypeVerdict {
  const { head, tail, size } = input;
  if (size === 0) return { ok: false, reason: 'The file is empty' };
  if (startsWith(head, PDF)) return { ok: true, kind: 'pdf' };
  if (startsWith(head, ZIP_LOCAL)) return officeKind(tail, size);
  if (startsWith(head, OLE)) {
    return {
      ok: false,
      reason: `The file is an older Office format (.doc, .xls, .ppt) or is password-protected. Save it without a password as PDF, DOCX, XLSX or PPTX and upload it again`,
    };
  }
  if (startsWith(head, MZ) || startsWith(head, ELF) || MACHO.some((m) => startsWith(head, m)) || startsWith(head, SHEBANG)) {
    return { ok: false, reason: `The file is a program, not a document, whatever its name says. ${ACCEPTED}` };
  }
  return { ok: false, reason: `The file is not a PDF, Word, Excel or PowerPoint document, whatever its name says. ${ACCEPTED}` };
}

function officeKind(tail: Uint8Array, size: number): FileTypeVerdict {
  const names = zipEntryNames(tail, size);
  if (!names) return { ok: false, reason: `The file looks like a ZIP archive but its contents could not be read. ${ACCEPTED}` };
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) {
    return { ok: false, reason: 'The file contains macros. Save it as a macro-free document (DOCX, XLSX or PPTX) or as PDF and upload it again' };
  }
  const contentTypes = names.includes('[Content_Types].xml');
  const has = (folder: string) => contentTypes && names.some((n) => n.startsWith(folder));
  if (has('word/')) return { ok: true, kind: 'docx' };
  if (has('xl/')) return { ok: true, kind: 'xlsx' };
  if (has('ppt/')) return { ok: true, kind: 'pptx' };
  return { ok: false, reason: `The file is a ZIP archive, not a Word, Excel or PowerPoint document. ${ACCEPTED}` };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const EOCD_MIN = 22;

/**
 * The entry names in a ZIP's central directory, read from the last bytes of the file, or
 * null when there is no readable directory there (not a ZIP, truncated, ZIP64, or a
 * directory larger than the tail kept).
 */
export function zipEntryNames(tail: Uint8Array, size: number): string[] | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const tailStart = size - tail.byteLength; // where the tail sits in the whole file
  if (tailStart < 0 || tail.byteLength < EOCD_MIN) return null;
  // The end record is the last thing in the file but may be followed by a comment.
  const lowest = Math.max(0, tail.byteLength - EOCD_MIN - 0xffff);
  for (let at = tail.byteLength - EOCD_MIN; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const commentLength = view.getUint16(at + 20, true);
    if (at + EOCD_MIN + commentLength !== tail.byteLength) continue;
    const entries = view.getUint16(at + 10, true);
    const directorySize = view.getUint32(at + 12, true);
    const directoryOffset = view.getUint32(at + 16, true);
    if (directoryOffset === 0xffffffff || entries === 0xffff) return null; // ZIP64: no Office paper is that big
    const start = directoryOffset - tailStart;
    if (start < 0 || start + directorySize > at) return null;
    return readDirectory(view, start, start + directorySize, entries);
  }
  return null;
}

function readDirectory(view: DataView, start: number, end: number, entries: number): string[] | null {
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = start;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength > end) return null;
    names.push(decoder.decode(new Uint8Array(view.buffer, view.byteOffset + nameStart, nameLength)));
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}
