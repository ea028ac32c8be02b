import crypto from 'node:crypto';

export type SectionText = { heading: string; body: string };

/**
 * The text a hash of terms of reference (or minutes) covers: each section's heading and
 * body in order, separated by a blank line. It is exactly what the page and the PDF show,
 * so a hash recorded at approval proves which words the Chair approved.
 */
export function sectionsText(sections: readonly SectionText[]): string {
  return sections.map((s) => `${s.heading}\n${s.body}`).join('\n\n');
}

/** sha256 hex of the sections' text, as recorded in TermsVersion.approvedHash. */
export function termsHash(sections: readonly SectionText[]): string {
  return crypto.createHash('sha256').update(sectionsText(sections), 'utf8').digest('hex');
}
