import { describe, expect, it } from 'vitest';
import { attachmentDisposition, sanitiseFileName } from '../../lib/storage/file-name';
import { assertStorageKey, newPaperKey } from '../../lib/storage/keys';

describe('file names kept for papers', () => {
  it('drops folders, control and reserved characters and leading dots', () => {
    expect(sanitiseFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(sanitiseFileName('C:\\Users\\me\\Board report.pdf', 'pdf')).toBe('Board report.pdf');
    expect(sanitiseFileName('..hidden.pdf', 'pdf')).toBe('hidden.pdf');
    expect(sanitiseFileName('a<b>c:d"e|f?g*h;i\u0000j\r\nk.pdf', 'pdf')).toBe('abcdefghijk.pdf');
  });

  it('ends in the extension of the content, not the one typed', () => {
    expect(sanitiseFileName('minutes.pdf', 'docx')).toBe('minutes.docx');
    expect(sanitiseFileName('report.exe.pdf', 'pdf')).toBe('report.exe.pdf');
    expect(sanitiseFileName('Budget v1.2', 'xlsx')).toBe('Budget v1.2.xlsx');
    expect(sanitiseFileName('', 'pdf')).toBe('paper.pdf');
    expect(sanitiseFileName('.pdf', 'pdf')).toBe('paper.pdf');
  });

  it('keeps names readable but bounded', () => {
    expect(sanitiseFileName('Rapport sur l’amélioration.pdf', 'pdf')).toBe('Rapport sur l’amélioration.pdf');
    expect(sanitiseFileName(`${'x'.repeat(400)}.pdf`, 'pdf')).toHaveLength(144);
  });
});

describe('the download header', () => {
  it('is an attachment with an ASCII fallback and the exact name encoded', () => {
    expect(attachmentDisposition('Board report.pdf')).toBe(`attachment; filename="Board report.pdf"; filename*=UTF-8''Board%20report.pdf`);
    const header = attachmentDisposition('Rapport “été” (v2).pdf');
    expect(header).toMatch(/^attachment; filename="Rapport ete \(v2\)\.pdf"; filename\*=UTF-8''Rapport%20%E2%80%9C%C3%A9t%C3%A9%E2%80%9D%20%28v2%29\.pdf$/);
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe('storage keys', () => {
  it('are made by the server and cannot climb out of the store', () => {
    const key = newPaperKey('5B0F0C8E-1111-4222-8333-944444444444');
    expect(key).toMatch(/^papers\/5b0f0c8e-1111-4222-8333-944444444444\/[0-9a-f-]{36}$/);
    expect(() => assertStorageKey(key)).not.toThrow();
    for (const bad of ['../x', 'papers/../x', '/abs', 'a//b', 'a/b/', 'name.pdf', 'a\\b', '']) expect(() => assertStorageKey(bad)).toThrow();
  });
});
