/**
 * A user's file name made safe to keep and to send back in a download: no folders, no
 * control or reserved characters, no leading dots, bounded in length, and ending in the
 * extension of the type the content was found to be (a DOCX named `.pdf` is saved as
 * `.docx`, so the name never lies about the content).
 */
export function sanitiseFileName(raw: string, extension: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    // control characters and those Windows, macOS or a header cannot hold
    .replace(/[\u0000-\u001f\u007f<>:"|?*;\u2028\u2029]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // the name's own extension (one with a letter in it: `v1.2` is a version, not a type)
    .replace(/\.(?=[A-Za-z0-9]{1,5}$)[0-9]*[A-Za-z][A-Za-z0-9]*$/, '')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!name) name = 'paper';
  // keep room for the extension within 150 characters
  name = Array.from(name).slice(0, 140).join('').trim();
  return `${name}.${extension}`;
}

/**
 * The Content-Disposition of a download: always an attachment, an ASCII fallback name for
 * old clients and the exact name (RFC 5987 encoding) for everyone else.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '')
      .trim() || 'paper';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
