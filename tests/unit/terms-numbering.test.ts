import { describe, expect, it } from 'vitest';
import { approvedNumber, compareVersions, nextDraftNumber, parseVersionLabel, versionLabel } from '../../lib/terms/numbering';

describe('terms of reference numbering', () => {
  it('numbers the first ever draft 0.1, and later drafts after the latest version', () => {
    expect(nextDraftNumber(null)).toEqual({ major: 0, minor: 1 });
    expect(nextDraftNumber({ major: 0, minor: 1 })).toEqual({ major: 0, minor: 2 });
    expect(nextDraftNumber({ major: 3, minor: 0 })).toEqual({ major: 3, minor: 1 });
    expect(nextDraftNumber({ major: 3, minor: 1 })).toEqual({ major: 3, minor: 2 });
  });

  it('makes an approved draft the next whole number', () => {
    expect(approvedNumber({ major: 0, minor: 1 })).toEqual({ major: 1, minor: 0 });
    expect(approvedNumber({ major: 0, minor: 4 })).toEqual({ major: 1, minor: 0 });
    expect(approvedNumber({ major: 3, minor: 2 })).toEqual({ major: 4, minor: 0 });
  });

  it('walks 0.1 → 1 → 1.1 → 2', () => {
    const first = nextDraftNumber(null);
    const one = approvedNumber(first);
    const next = nextDraftNumber(one);
    const two = approvedNumber(next);
    expect([first, one, next, two].map(versionLabel)).toEqual(['0.1', '1', '1.1', '2']);
  });

  it('reads labels from URLs and refuses anything else', () => {
    expect(parseVersionLabel('3')).toEqual({ major: 3, minor: 0 });
    expect(parseVersionLabel('3.0')).toEqual({ major: 3, minor: 0 });
    expect(parseVersionLabel('3.12')).toEqual({ major: 3, minor: 12 });
    for (const bad of ['', '3.', '.1', 'v3', '3.1.1', '-1', '1e3', '12345', '3 ', '../3']) expect(parseVersionLabel(bad)).toBeNull();
  });

  it('orders newest first', () => {
    const sorted = [
      { major: 1, minor: 0 },
      { major: 3, minor: 1 },
      { major: 0, minor: 2 },
      { major: 3, minor: 0 },
    ].sort(compareVersions);
    expect(sorted.map(versionLabel)).toEqual(['3.1', '3', '1', '0.2']);
  });
});
