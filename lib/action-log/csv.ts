/**
 * A spreadsheet runs a cell that starts with = + - or @ (or a tab or carriage return
 * before one) as a formula, so text typed into the log could run as one on an officer's
 * machine. Such a cell is written with a leading apostrophe, which shows it as the text
 * it is (OWASP's advice for CSV injection).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** RFC 4180, every cell quoted and neutralised, with a byte order mark so Excel reads UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map((h) => quote(neutralise(h))), ...rows.map((r) => r.map((c) => quote(neutralise(c))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
