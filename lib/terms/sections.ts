import type { TermsSectionKind } from '../db/generated/prisma/client';
import { listItems, type SectionFormat } from '../rules/terms-shape';

/**
 * The sections a board's first draft starts with: the headings of DOMAIN.md's model of
 * terms of reference (purpose, functions, membership, frequency, reporting,
 * administration, quorum, review, dissolution), in the order the source papers use.
 */
export const STANDARD_SECTIONS: readonly { kind: TermsSectionKind; heading: string }[] = [
  { kind: 'PURPOSE', heading: 'Purpose' },
  { kind: 'FUNCTIONS', heading: 'Roles and responsibilities' },
  { kind: 'MEMBERSHIP', heading: 'Membership' },
  { kind: 'FREQUENCY', heading: 'Meeting frequency and venue' },
  { kind: 'REPORTING', heading: 'Governance and reporting arrangements' },
  { kind: 'ADMINISTRATION', heading: 'Board administration' },
  { kind: 'QUORUM', heading: 'Quorum' },
  { kind: 'REVIEW', heading: 'Review' },
  { kind: 'DISSOLUTION', heading: 'Dissolution' },
];

/**
 * Headings of the sections the board uses that have no text yet (a list with no items):
 * the board cannot agree, nor anyone approve, a gap. A section it does not use is
 * removed from the draft rather than left empty.
 */
export function emptySections(sections: readonly { heading: string; body: string; format?: SectionFormat }[]): string[] {
  return sections
    .filter((s) => s.body.trim() === '' || s.heading.trim() === '' || (s.format === 'NUMBERED_LIST' && listItems(s.body).length === 0))
    .map((s) => s.heading.trim() || '(untitled section)');
}
