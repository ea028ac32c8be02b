import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sectionsText, termsHash } from '../../lib/terms/hash';
import { sectionsText as seedSectionsText, sha256 } from '../../prisma/seed/util';
import { northbridgeTerms } from '../../prisma/seed/northbridge-terms';

describe('the hash of approved terms', () => {
  const sections = [
    { heading: 'Purpose', body: 'To oversee the improvement plan.' },
    { heading: 'Quorum', body: 'There is no quorum.\n\nThe Chair decides.' },
  ];

  it('covers each heading and body in order, separated by blank lines', () => {
    expect(sectionsText(sections)).toBe('Purpose\nTo oversee the improvement plan.\n\nQuorum\nThere is no quorum.\n\nThe Chair decides.');
    expect(termsHash(sections)).toBe(crypto.createHash('sha256').update(sectionsText(sections), 'utf8').digest('hex'));
    expect(termsHash(sections)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any word, heading or order', () => {
    const h = termsHash(sections);
    expect(termsHash([{ ...sections[0]!, body: 'To oversee the improvement plan' }, sections[1]!])).not.toBe(h);
    expect(termsHash([{ ...sections[0]!, heading: 'Aims' }, sections[1]!])).not.toBe(h);
    expect(termsHash([sections[1]!, sections[0]!])).not.toBe(h);
  });

  it('is the hash the demo seed records, so seeded approvals verify', () => {
    const v3 = northbridgeTerms('3');
    expect(seedSectionsText).toBe(sectionsText);
    expect(termsHash(v3)).toBe(sha256(seedSectionsText(v3)));
  });
});
