import { describe, expect, it } from 'vitest';
import { countWords, diffText, diffVersions, type DiffSection } from '../../lib/terms/diff';
import { northbridgeTerms } from '../../prisma/seed/northbridge-terms';

const withPositions = (sections: Omit<DiffSection, 'position'>[]): DiffSection[] => sections.map((s, i) => ({ ...s, position: i + 1 }));

describe('the difference between two versions', () => {
  it('marks added and removed words and keeps the rest', () => {
    const parts = diffText('The Board will meet every four weeks.', 'The Board will meet monthly.');
    // punctuation is a token of its own, so the unchanged full stop is not marked
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text.trim())).toEqual(['every four weeks']);
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text.trim())).toEqual(['monthly']);
    // reading the same and removed parts gives the old text; same and added, the new
    expect(
      parts
        .filter((p) => p.type !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('The Board will meet every four weeks.');
    expect(
      parts
        .filter((p) => p.type !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('The Board will meet monthly.');
  });

  it('compares section by section, matching sections by kind', () => {
    const from = withPositions([
      { kind: 'PURPOSE', heading: 'Purpose', body: 'Oversee the plan.' },
      { kind: 'QUORUM', heading: 'Quorum', body: 'No quorum.' },
      { kind: 'VENUE' as never, heading: 'Venue', body: 'The Council House.' },
    ]);
    const to = withPositions([
      { kind: 'PURPOSE', heading: 'Purpose', body: 'Oversee the plan.' },
      { kind: 'REVIEW', heading: 'Review', body: 'Every six months.' },
      { kind: 'QUORUM', heading: 'Quorum', body: 'No quorum: the Chair decides.' },
    ]);
    const diff = diffVersions(from, to);
    expect(diff.map((d) => [d.heading, d.change])).toEqual([
      ['Purpose', 'unchanged'],
      ['Review', 'added'],
      ['Quorum', 'changed'],
      ['Venue', 'removed'],
    ]);
    expect(diff[1]!.bodyParts).toEqual([{ type: 'added', text: 'Every six months.' }]);
    expect(diff[3]!.bodyParts).toEqual([{ type: 'removed', text: 'The Council House.' }]);
  });

  it('shows a renamed heading as a change', () => {
    const [d] = diffVersions(
      withPositions([{ kind: 'OTHER', heading: 'Venue', body: 'x' }]),
      withPositions([{ kind: 'OTHER', heading: 'Meeting venue', body: 'x' }]),
    );
    expect(d?.change).toBe('changed');
    expect(d?.headingParts.some((p) => p.type === 'added' && p.text.includes('Meeting'))).toBe(true);
  });

  it('finds exactly the demo board’s changes from version 2 to version 3', () => {
    const v2 = withPositions(northbridgeTerms('2'));
    const v3 = withPositions(northbridgeTerms('3'));
    const diff = diffVersions(v2, v3);
    expect(diff.filter((d) => d.change !== 'unchanged').map((d) => d.kind)).toEqual(['MEMBERSHIP']);
    const membership = diff.find((d) => d.kind === 'MEMBERSHIP')!;
    expect(
      membership.bodyParts
        .filter((p) => p.type === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('Independent Scrutineer');
    expect(countWords(membership.bodyParts).added).toBeGreaterThan(5);
  });

  it('counts words added and removed', () => {
    expect(
      countWords([
        { type: 'same', text: 'a b' },
        { type: 'added', text: ' c d ' },
        { type: 'removed', text: 'e' },
      ]),
    ).toEqual({ added: 2, removed: 1 });
  });
});
