import crypto from 'node:crypto';
import { printedBody, type SectionFormat } from '../rules/terms-shape';

export type SectionText = { heading: string; body: string; format?: SectionFormat };

/**
 * The text a hash of terms of reference (or minutes) covers: each section's heading and
 * body in order, separated by a blank line, a numbered list with its numbers. It is
 * exactly what the page and the PDF show, so a hash recorded at approval proves which
 * words (and which numbering) were approved.
 */
export function sectionsText(sections: readonly SectionText[]): string {
  return sections.map((s) => `${s.heading}\n${printedBody(s)}`).join('\n\n');
}

/** sha256 hex of the sections' text, as recorded in TermsVersion.approvedHash. */
export function termsHash(sections: readonly SectionText[]): string {
  return crypto.createHash('sha256').update(sectionsText(sections), 'utf8').digest('hex');
}
