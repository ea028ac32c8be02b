import { diffWords } from 'diff';
import type { TermsSectionKind } from '../db/generated/prisma/client';

export type DiffPart = { type: 'same' | 'added' | 'removed'; text: string };

export type DiffSection = { kind: TermsSectionKind; heading: string; body: string; position: number };

export type SectionDiff = {
  /** stable across the two versions: the section's kind and its place among sections of that kind */
  key: string;
  kind: TermsSectionKind;
  /** the heading as it reads in the later version (or the earlier, if it was removed) */
  heading: string;
  change: 'unchanged' | 'changed' | 'added' | 'removed';
  headingParts: DiffPart[];
  bodyParts: DiffPart[];
};

/** Word-level difference of two texts, as runs of unchanged, added and removed text. */
export function diffText(from: string, to: string): DiffPart[] {
  return diffWords(from, to)
    .filter((c) => c.value !== '')
    .map((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

// Sections are matched by kind, not position, so a moved or inserted section does not
// make every later section look rewritten; several OTHER sections pair up in order.
function keyed(sections: readonly DiffSection[]): Map<string, DiffSection> {
  const seen = new Map<TermsSectionKind, number>();
  const out = new Map<string, DiffSection>();
  for (const s of [...sections].sort((a, b) => a.position - b.position)) {
    const n = seen.get(s.kind) ?? 0;
    seen.set(s.kind, n + 1);
    out.set(`${s.kind}#${n}`, s);
  }
  return out;
}

const whole = (type: DiffPart['type'], text: string): DiffPart[] => (text ? [{ type, text }] : []);

/**
 * A readable difference between two versions, section by section in the later version's
 * order, with sections the later version dropped at the end.
 */
export function diffVersions(from: readonly DiffSection[], to: readonly DiffSection[]): SectionDiff[] {
  const before = keyed(from);
  const after = keyed(to);
  const out: SectionDiff[] = [];
  for (const [key, b] of after) {
    const a = before.get(key);
    if (!a) {
      out.push({ key, kind: b.kind, heading: b.heading, change: 'added', headingParts: whole('added', b.heading), bodyParts: whole('added', b.body) });
      continue;
    }
    const same = a.heading === b.heading && a.body === b.body;
    out.push({
      key,
      kind: b.kind,
      heading: b.heading,
      change: same ? 'unchanged' : 'changed',
      headingParts: diffText(a.heading, b.heading),
      bodyParts: diffText(a.body, b.body),
    });
  }
  for (const [key, a] of before) {
    if (after.has(key)) continue;
    out.push({ key, kind: a.kind, heading: a.heading, change: 'removed', headingParts: whole('removed', a.heading), bodyParts: whole('removed', a.body) });
  }
  return out;
}

/** How many words were added and removed, for a one-line summary of a change. */
export function countWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return parts.reduce(
    (n, p) => (p.type === 'added' ? { ...n, added: n.added + words(p.text) } : p.type === 'removed' ? { ...n, removed: n.removed + words(p.text) } : n),
    { added: 0, removed: 0 },
  );
}
