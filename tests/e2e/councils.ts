import path from 'node:path';
import { demoCopy, type DemoCopy } from '../../prisma/seed/demo-credentials';

// Each spec file works in a copy of the demo councils of its own, seeded by tests/e2e/server.ts
// under the file's name (seedDemo's tag): no journey sees what another changed, whichever
// ran first or beside it.

/** The tag of a spec file's councils: `tests/e2e/papers.spec.ts` → `papers`. */
export function specTag(file: string): string {
  return path.basename(file).replace(/\.spec\.ts$/, '');
}

/** The councils and accounts of the spec file the test is in. */
export function specCouncils(file: string): DemoCopy {
  return demoCopy(specTag(file));
}
