import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createCouncilSchema, RESERVED_SLUGS } from '../../lib/platform/schema';

const valid = { name: 'Highland Council', slug: 'highland', region: 'SCOTLAND', adminEmail: 'admin@highland.example' };

describe('a new council’s web address', () => {
  it('can be none of the app’s own top-level pages (every folder of app/ that is not the council’s)', () => {
    const roots = fs
      .readdirSync(path.join(process.cwd(), 'app'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('['))
      .map((d) => d.name);
    expect(roots.length).toBeGreaterThan(5);
    expect(roots.filter((r) => !RESERVED_SLUGS.includes(r))).toEqual([]);
    for (const slug of RESERVED_SLUGS) expect(createCouncilSchema.safeParse({ ...valid, slug }).success, slug).toBe(false);
  });

  it('is lowercased and trimmed; only letters, numbers and single hyphens', () => {
    expect(createCouncilSchema.parse({ ...valid, slug: '  North-County ' }).slug).toBe('north-county');
    for (const slug of ['no', 'two--hyphens', '-leading', 'trailing-', 'with space', 'under_score', 'x'.repeat(61)])
      expect(createCouncilSchema.safeParse({ ...valid, slug }).success, slug).toBe(false);
  });

  it('names each missing field in words', () => {
    const parsed = createCouncilSchema.safeParse({});
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toEqual([
        'name: Enter the council’s name',
        'slug: Enter the council’s web address',
        'region: Choose where the council is, for its bank holidays',
        'adminEmail: Enter the email address of the council’s first administrator',
      ]);
  });
});
