/**
 * Terms of reference numbering: drafts are N.1, N.2, … after approved version N (0.1,
 * 0.2, … before any approval), and the Chair's approval makes the draft the next whole
 * number, N+1. A version is named by its label in URLs and on paper: "3" or "3.1".
 */
export type VersionNumber = { major: number; minor: number };

export const FIRST_DRAFT: VersionNumber = { major: 0, minor: 1 };

/** The number of a new draft started from the board's latest version, or the first draft. */
export function nextDraftNumber(latest: VersionNumber | null): VersionNumber {
  return latest ? { major: latest.major, minor: latest.minor + 1 } : FIRST_DRAFT;
}

/**
 * The number a draft takes when the Chair approves it. A draft's major is always the
 * last approved version's (0 before the first), so the next whole number follows it.
 */
export function approvedNumber(draft: VersionNumber): VersionNumber {
  return { major: draft.major + 1, minor: 0 };
}

export function versionLabel(v: VersionNumber): string {
  return v.minor === 0 ? String(v.major) : `${v.major}.${v.minor}`;
}

/** "3", "3.0" or "3.1" from a URL; null for anything else. */
export function parseVersionLabel(label: string): VersionNumber | null {
  const match = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(label);
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2] ?? 0) };
}

/** Newest first: by major, then minor. */
export function compareVersions(a: VersionNumber, b: VersionNumber): number {
  return b.major - a.major || b.minor - a.minor;
}

/**
 * A version as the board writes it ("V0.2 draft", "Version 3"), or "Version 3.1" from its
 * number when it has no label of its own. Headings, tables, the PDF and audit use this.
 */
export function displayLabel(v: VersionNumber & { label?: string | null }): string {
  return v.label ?? `Version ${versionLabel(v)}`;
}

/** The same in a sentence: "V0.2 draft", or "version 3.1". */
export function versionInSentence(v: VersionNumber & { label?: string | null }): string {
  return v.label ?? `version ${versionLabel(v)}`;
}
