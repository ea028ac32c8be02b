// npm run bench:seed -- [options]: creates the benchmark's big council and its neighbours.
//
//   --url URL          a PostgreSQL server database (named bench_* to be created or dropped)
//   --data-dir DIR     an embedded PGlite directory (default .data/bench/pglite)
//   --fresh            start from an empty database: drop and recreate it, or empty the directory
//   --scale N          multiply every size of the big council (default 1; the growth runs use 0.1 and 10)
//   --councils N       neighbouring councils (default 40)
//   --years, --papers, --actions, --risks, --plan-actions, --audit-events   the big council's sizes
//   --slug SLUG        the big council's slug (default bench-big)
//   --verify-audit     recompute the big council's audit hash chain afterwards
//   --json FILE        write the summary (ids, slugs, row counts) to FILE
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSeedRequest, seedTarget, type BenchTarget } from '../bench/databases';

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      'data-dir': { type: 'string' },
      fresh: { type: 'boolean', default: false },
      scale: { type: 'string' },
      councils: { type: 'string' },
      years: { type: 'string' },
      papers: { type: 'string' },
      actions: { type: 'string' },
      risks: { type: 'string' },
      'plan-actions': { type: 'string' },
      'audit-events': { type: 'string' },
      slug: { type: 'string' },
      'verify-audit': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const num = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
    return n;
  };
  const target: BenchTarget = values.url
    ? { kind: 'server', url: values.url }
    : { kind: 'embedded', dataDir: path.resolve(values['data-dir'] ?? path.join('.data', 'bench', 'pglite')) };
  const req = defaultSeedRequest(target, (line) => console.log(line));
  req.fresh = values.fresh ?? false;
  req.slug = values.slug ?? req.slug;
  req.scale = num('scale', values.scale, req.scale);
  req.councils = Math.round(num('councils', values.councils, req.councils));
  req.verifyAudit = values['verify-audit'] ?? false;
  req.size = {
    years: num('years', values.years, req.size.years),
    papers: Math.round(num('papers', values.papers, req.size.papers)),
    actions: Math.round(num('actions', values.actions, req.size.actions)),
    risks: Math.round(num('risks', values.risks, req.size.risks)),
    planActions: Math.round(num('plan-actions', values['plan-actions'], req.size.planActions)),
    auditEvents: Math.round(num('audit-events', values['audit-events'], req.size.auditEvents)),
  };
  const summary = await seedTarget(req);
  console.log(`Big council /${summary.council.slug}, board /${summary.council.slug}/boards/${summary.board.slug}, meeting ${summary.meetingId}`);
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
