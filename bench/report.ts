// The report: one JSON document (bench/results/latest.json) and the tables printed at the end.
import type { LoadResult } from './load';
import type { StatementCount } from './pg-counter';
import type { JsSize } from './js-size';

export type ByConcurrency = Record<string, LoadResult>;

export type PageReport = {
  key: string;
  name: string;
  path: string | null;
  status: 'measured' | 'not built yet' | 'failed';
  error?: string;
  /** HTML bytes of one response */
  bytes?: number;
  /** the PostgreSQL server with every worker (--workers, default one per core) */
  server?: ByConcurrency;
  /** the same pages on one worker, in the same run */
  serverOneWorker?: ByConcurrency;
  /** the app's CPU (all its processes) per response, by concurrency: every worker, and one */
  cpuMsPerRequest?: Record<string, number>;
  cpuMsPerRequestOneWorker?: Record<string, number>;
  embedded?: ByConcurrency;
  ceiling?: ByConcurrency;
  sqlServer?: ByConcurrency;
  sqlEmbedded?: ByConcurrency;
  /** statements of one request, by data scale ("0.1", "1", "10") */
  statements?: Record<string, StatementCount>;
  /** the statements of one request at the default size, in order: connection, kind, SQL (shortened) */
  statementLog?: string[];
  /** every sample's total, by scale, to show the count is stable */
  statementSamples?: Record<string, number[]>;
  js?: JsSize;
};

export type GrowthReport = {
  key: string;
  name: string;
  concurrency: number;
  p95: Record<string, number>;
  smallestToLargest: number | null;
  defaultToLargest: number | null;
};

export type TargetReport = { target: string; met: boolean; detail: string };

export type Report = {
  generatedAt: string;
  commit: { sha: string; dirty: boolean };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    appNode?: string;
    platform: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  parameters: Record<string, unknown>;
  seconds: Record<string, number>;
  seeds: Record<string, unknown>;
  pages: PageReport[];
  growth: GrowthReport[];
  targets: TargetReport[];
  notes: string[];
  /** resident memory of each worker (MB) before the first page and after the last, per timed run */
  rss: Record<string, { workers: number; beforeMb: number[]; afterMb: number[]; settledMb?: number[] }>;
};

const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(1)}×`);

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function renderTables(r: Report): string {
  const out: string[] = [];
  const measured = r.pages.filter((p) => p.status === 'measured');
  out.push(
    `Tabled benchmark — ${r.generatedAt}, commit ${r.commit.sha.slice(0, 10)}${r.commit.dirty ? ' (uncommitted changes)' : ''}, ${r.machine.cpus} CPUs (${r.machine.cpuModel}), bench on Node ${r.machine.node}, app on Node ${r.machine.appNode ?? r.machine.node}`,
  );
  out.push('');
  out.push('Page load on the PostgreSQL server, default size (ms; rps = requests per second). Baselines in the same run:');
  out.push(
    '"ceiling" = bare Node http answering the same bytes; "SQL" = the page\'s own statements replayed with pg. Ratios are page p50 / baseline p50 at c=10.',
  );
  out.push(
    table(
      ['page', 'c1 p50', 'c1 p95', 'c10 rps', 'c10 p50', 'c10 p95', 'c10 p99', 'KB', 'ceiling p50', '× ceiling', 'SQL p50', '× SQL'],
      [
        ...measured.map((p) => {
          const s1 = p.server?.['1'];
          const s10 = p.server?.['10'];
          return [
            p.name,
            f1(s1?.p50),
            f1(s1?.p95),
            f1(s10?.rps),
            f1(s10?.p50),
            f1(s10?.p95),
            f1(s10?.p99),
            f1((p.bytes ?? 0) / 1024),
            f1(p.ceiling?.['10']?.p50),
            ratio(s10?.p50, p.ceiling?.['10']?.p50),
            f1(p.sqlServer?.['10']?.p50),
            ratio(s10?.p50, p.sqlServer?.['10']?.p50),
          ];
        }),
        ...r.pages.filter((p) => p.status !== 'measured').map((p) => [p.name, p.status, ...Array<string>(10).fill('')]),
      ],
    ),
  );
  out.push('');
  out.push('Both databases, default size (ms): PostgreSQL server beside embedded PGlite; "SQL" is the replayed statements on each.');
  out.push(
    table(
      [
        'page',
        'server c1 p95',
        'PGlite c1 p95',
        'server c10 rps',
        'PGlite c10 rps',
        'server c10 p95',
        'PGlite c10 p95',
        'SQL server c10 p50',
        'SQL PGlite c10 p50',
      ],
      measured.map((p) => [
        p.name,
        f1(p.server?.['1']?.p95),
        f1(p.embedded?.['1']?.p95),
        f1(p.server?.['10']?.rps),
        f1(p.embedded?.['10']?.rps),
        f1(p.server?.['10']?.p95),
        f1(p.embedded?.['10']?.p95),
        f1(p.sqlServer?.['10']?.p50),
        f1(p.sqlEmbedded?.['10']?.p50),
      ]),
    ),
  );
  out.push('');
  const scales = [...new Set(measured.flatMap((p) => Object.keys(p.statements ?? {})))].sort((a, b) => Number(a) - Number(b));
  out.push(
    'SQL statements per request, counted on the wire: data statements + tenant setup (set_config) + transaction control (BEGIN/COMMIT) = total, by data size.',
  );
  out.push(
    table(
      ['page', ...scales.map((s) => `×${s}: data+tenant+txn=total`), 'transactions', 'same at every size'],
      measured.map((p) => {
        const counts = scales.map((s) => p.statements?.[s]);
        const same = counts.every((c) => c && c.total === counts[0]?.total && c.data === counts[0]?.data);
        return [
          p.name,
          ...counts.map((c) => (c ? `${c.data}+${c.tenant}+${c.transaction}=${c.total}` : '–')),
          String(counts.find(Boolean)?.transactions ?? '–'),
          counts.some((c) => !c) ? '–' : same ? 'yes' : 'NO',
        ];
      }),
    ),
  );
  out.push('');
  if (r.growth.length) {
    const gs = [...new Set(r.growth.flatMap((g) => Object.keys(g.p95)))].sort((a, b) => Number(a) - Number(b));
    out.push(`Growth: p95 (ms) on the PostgreSQL server at c=${r.growth[0]?.concurrency} as the council's data is scaled.`);
    out.push(
      table(
        ['page', ...gs.map((s) => `×${s}`), `×${gs[gs.length - 1]} / ×${gs[0]}`, `×${gs[gs.length - 1]} / ×1`],
        r.growth.map((g) => [
          g.name,
          ...gs.map((s) => f1(g.p95[s])),
          g.smallestToLargest ? `${g.smallestToLargest.toFixed(2)}×` : '–',
          g.defaultToLargest ? `${g.defaultToLargest.toFixed(2)}×` : '–',
        ]),
      ),
    );
    out.push('');
  }
  const workers = Number(r.parameters.workers ?? 1);
  out.push(
    `Workers side by side on the PostgreSQL server: 1 worker and ${workers} (ms; CPU = the app's CPU milliseconds per response, all its processes; txns = transactions per request).`,
  );
  out.push(
    table(
      [
        'page',
        '1w c10 rps',
        `${workers}w c10 rps`,
        '1w c10 p95',
        `${workers}w c10 p95`,
        `${workers}w c1 p95`,
        '1w CPU ms/req',
        `${workers}w CPU ms/req`,
        'txns',
      ],
      measured.map((p) => [
        p.name,
        f1(p.serverOneWorker?.['10']?.rps),
        f1(p.server?.['10']?.rps),
        f1(p.serverOneWorker?.['10']?.p95),
        f1(p.server?.['10']?.p95),
        f1(p.server?.['1']?.p95),
        f1(p.cpuMsPerRequestOneWorker?.['10']),
        f1(p.cpuMsPerRequest?.['10']),
        String(p.statements?.['1']?.transactions ?? '–'),
      ]),
    ),
  );
  out.push('');
  for (const [label, m] of Object.entries(r.rss ?? {}))
    out.push(
      `RSS per worker, ${label}: ${m.beforeMb.join(', ')} MB before load, ${m.afterMb.join(', ')} MB right after, ${m.settledMb?.join(', ') ?? '–'} MB 12 s later.`,
    );
  out.push('');
  out.push(
    "First-load JavaScript per route (the <script src> files of the page, gzip -9): the route's own client code apart from what every route loads (framework, React, root layout).",
  );
  out.push(
    table(
      ['page', 'files', 'raw KB', 'gzip KB', 'own gzip KB', 'shared gzip KB'],
      measured.map((p) => [
        p.name,
        String(p.js?.files ?? '–'),
        f1((p.js?.rawBytes ?? NaN) / 1024),
        f1((p.js?.gzipBytes ?? NaN) / 1024),
        f1((p.js?.ownGzipBytes ?? NaN) / 1024),
        f1((p.js?.sharedGzipBytes ?? NaN) / 1024),
      ]),
    ),
  );
  out.push('');
  out.push('Targets (default size, this machine):');
  for (const t of r.targets) out.push(`  ${t.met ? 'MET   ' : 'MISSED'}  ${t.target}: ${t.detail}`);
  if (r.notes.length) {
    out.push('');
    for (const n of r.notes) out.push(`Note: ${n}`);
  }
  return out.join('\n');
}
