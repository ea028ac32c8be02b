import { describe, expect, it } from 'vitest';
import { pdfText } from '../../lib/papers/pdf-text';

describe('text for the standard PDF fonts', () => {
  it('keeps what WinAnsi can draw, curly quotes and accents included', () => {
    expect(pdfText('Children’s “Board” – café, 2 × 3 €')).toBe('Children’s “Board” – café, 2 × 3 €');
  });

  it('drops accents it cannot draw and replaces the rest, so the pack is never refused', () => {
    expect(pdfText('Zażółć → Łódź ✓')).toBe('Zazó?c ? ?ódz ?');
    expect(pdfText('line one\nline two')).toBe('line one line two');
  });
});
