// The characters the standard PDF fonts can draw (WinAnsiEncoding): Latin-1 and a few more.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const drawable = (c: string) => /[\x20-\x7e\xa0-\xff]/.test(c) || WIN_ANSI_EXTRA.includes(c);

/**
 * Text made safe for the standard Helvetica of pdfkit and pdf-lib, which can only draw
 * WinAnsi characters: an accented letter outside it loses its accent (ą to a), anything
 * else becomes "?". Otherwise pdfkit draws garbage and pdf-lib refuses the whole pack.
 */
export function pdfText(text: string): string {
  return Array.from(text.replace(/[\r\n\t]+/g, ' '))
    .map((c) => {
      if (drawable(c)) return c;
      const plain = c.normalize('NFKD').replace(/\p{M}/gu, '');
      return plain && Array.from(plain).every(drawable) ? plain : '?';
    })
    .join('');
}
