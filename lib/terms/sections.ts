import type { TermsSectionKind } from '../db/generated/prisma/client';

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

/** Headings of sections with no text yet: the board cannot agree, nor the Chair approve, a gap. */
export function emptySections(sections: readonly { heading: string; body: string }[]): string[] {
  return sections.filter((s) => s.body.trim() === '' || s.heading.trim() === '').map((s) => s.heading.trim() || '(untitled section)');
}
