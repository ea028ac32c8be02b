// One timed run: autocannon on loopback, bounded by a request count and a duration,
// whichever comes first. Every response time is kept, so p50/p95/p99 are exact rather
// than autocannon's fixed percentile set (which has no p95).
import os from 'node:os';
import autocannon from 'autocannon';

export type LoadResult = {
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** the machine's 1-minute load average when the run ended: above the CPU count, others were competing */
  load1: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarise(latencies: number[], seconds: number, connections: number, errors = 0, non2xx = 0): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    connections,
    requests: sorted.length,
    errors,
    non2xx,
    seconds: round(seconds),
    rps: round(sorted.length / Math.max(seconds, 1e-9)),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    load1: round(os.loadavg()[0] ?? 0),
  };
}

export async function load(
  url: string,
  opts: { connections: number; requests: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  let finish: (error: Error | null) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve());
  });
  // with a callback autocannon hands back the running instance (events, stop)
  const instance = autocannon({ url, connections: opts.connections, amount: opts.requests, timeout: 30, headers: opts.headers }, (error) =>
    finish(error ?? null),
  );
  let last = started;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    last = process.hrtime.bigint();
    if (statusCode < 200 || statusCode > 299) non2xx += 1;
    // autocannon notices `amount` only on its once-a-second tick: stop as soon as it is reached
    if (latencies.length >= opts.requests) instance.stop();
  });
  instance.on('reqError', () => {
    errors += 1;
  });
  const timer = setTimeout(() => instance.stop(), opts.seconds * 1000);
  await done;
  clearTimeout(timer);
  // throughput over the time the responses took, not up to autocannon's next tick
  const seconds = Number(last - started) / 1e9;
  return summarise(latencies, seconds, opts.connections, errors, non2xx);
}
