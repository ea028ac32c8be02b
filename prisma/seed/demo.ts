// The demo councils: Northbridge (an Improvement Board and its Executive Group) and
// Eastmoor (a Children's Trust with themed deep dives). Fictional councils, role titles
// and made-up names; the shape follows the council papers in ../../shared/seeds.
import type { PrismaClient } from '../../lib/db/generated/prisma/client';
import { withCouncil } from '../../lib/db/tenant';
import { seedCouncilLists } from '../../lib/councils/lists';
import { hashPassword } from '../../lib/auth/password';
import { DEMO_PASSWORD, demoCopy } from './demo-credentials';
import { buildEastmoor, EASTMOOR, eastmoorPeople } from './eastmoor';
import { buildNorthbridge, NORTHBRIDGE, northbridgePeople } from './northbridge';
import { ensurePeople, type People, type PersonSpec } from './people';
import { countRows, insertRows, type RowCounts, type Rows } from './rows';
import { sealSeededMinutes } from './minutes';
import { uuid } from './util';
import { storeDemoPaperFiles } from './paper-files';
import { fileStore } from '../../lib/storage';

export type SeedResult = { created: boolean; counts?: Record<string, RowCounts> };

/**
 * Seeds the demo councils once. Idempotent: if the council `northbridge` exists nothing
 * is written and `{ created: false }` is returned. Each council is written in one
 * transaction under its own row-level security context; if that fails, the council row
 * and the people this run added are removed again, so a later run can start afresh.
 * With a `tag`, a copy beside the demo: the slugs and account emails of demoCopy(tag)
 * (the browser tests seed one per spec file).
 */
export async function seedDemo(prisma: PrismaClient, opts?: { today?: Date; tag?: string }): Promise<SeedResult> {
  const now = opts?.today ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError('seedDemo: today is not a valid date');
  const copy = demoCopy(opts?.tag);
  const northbridge = { ...NORTHBRIDGE, slug: copy.northbridge };
  const eastmoor = { ...EASTMOOR, slug: copy.eastmoor };
  const withCopyEmails = (specs: PersonSpec[]) => specs.map((p) => (p.email ? { ...p, email: copy.email(p.email) } : p));
  if (await prisma.council.findUnique({ where: { slug: northbridge.slug }, select: { id: true } })) {
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts: Record<string, RowCounts> = {};

  // Eastmoor first and Northbridge last: Northbridge is the marker that the demo exists,
  // so a failure part-way leaves a state the next run can finish.
  if (!(await prisma.council.findUnique({ where: { slug: eastmoor.slug }, select: { id: true } }))) {
    counts[eastmoor.slug] = await seedCouncil(prisma, eastmoor, withCopyEmails(eastmoorPeople), passwordHash, (id, people) => buildEastmoor(id, people, now));
  }
  counts[northbridge.slug] = await seedCouncil(prisma, northbridge, withCopyEmails(northbridgePeople), passwordHash, (id, people) =>
    buildNorthbridge(id, people, now),
  );
  const platform = await ensurePeople(prisma, [{ key: 'platform', name: 'Pat Morgan', email: copy.accounts.platformAdministrator }], passwordHash);
  const platformId = platform.id('platform');
  await prisma.platformAdmin.upsert({ where: { personId: platformId }, create: { personId: platformId, grantedBy: 'demo seed' }, update: {} });
  return { created: true, counts };
}

async function seedCouncil(
  prisma: PrismaClient,
  council: { slug: string; name: string },
  personSpecs: PersonSpec[],
  passwordHash: string,
  build: (councilId: string, people: People) => Rows,
): Promise<RowCounts> {
  const councilId = uuid();
  // Council and Person rows are global (no row-level security).
  await prisma.council.create({ data: { id: councilId, slug: council.slug, name: council.name, region: 'ENGLAND_AND_WALES' } });
  let people: People | undefined;
  let files: string[] = [];
  try {
    people = await ensurePeople(prisma, personSpecs, passwordHash);
    const rows = build(councilId, people);
    sealSeededMinutes(rows, people.names);
    files = await storeDemoPaperFiles(rows, councilId);
    await withCouncil(
      councilId,
      async (tx) => {
        await seedCouncilLists(tx, councilId);
        await insertRows(tx, rows);
      },
      prisma,
    );
    return countRows(rows);
  } catch (error) {
    // the council transaction rolled back; remove what was written outside it
    await prisma.council.delete({ where: { id: councilId } }).catch(() => {});
    if (people?.created.length) await prisma.person.deleteMany({ where: { id: { in: people.created } } }).catch(() => {});
    for (const key of files)
      await fileStore()
        .delete(key)
        .catch(() => {});
    throw error;
  }
}
