// First-load JavaScript of a route, measured from what the production server actually
// sends: every <script src> in the page's HTML (module scripts; the noModule polyfill
// is skipped, as modern browsers skip it), fetched and gzipped (level 9). Next 16's build
// output no longer prints per-route sizes, and this counts exactly what a browser loads.
import zlib from 'node:zlib';

export type JsSize = {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** each script's URL path and gzipped size, to tell the framework's (shared by every route) from the route's own */
  scripts?: { src: string; gzipBytes: number }[];
  /** gzipped bytes of the scripts this route loads that not every route loads: its own client code */
  ownGzipBytes?: number;
  /** gzipped bytes of the scripts every measured route loads: the framework, React and the root layout */
  sharedGzipBytes?: number;
};

const cache = new Map<string, { raw: number; gzip: number }>();

export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = m[0];
    if (/\bnoModule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) urls.add(src.replace(/&amp;/g, '&'));
  }
  return [...urls];
}

export async function firstLoadJs(origin: string, html: string): Promise<JsSize> {
  let rawBytes = 0;
  let gzipBytes = 0;
  const urls = scriptUrls(html);
  const scripts: { src: string; gzipBytes: number }[] = [];
  for (const src of urls) {
    const url = new URL(src, origin).toString();
    let size = cache.get(url);
    if (!size) {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`first-load JS: ${url} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      size = { raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
      cache.set(url, size);
    }
    rawBytes += size.raw;
    gzipBytes += size.gzip;
    scripts.push({ src: new URL(url).pathname, gzipBytes: size.gzip });
  }
  return { files: urls.length, rawBytes, gzipBytes, scripts };
}

/**
 * Splits each route's first-load JS into what every measured route loads (the framework,
 * React, the root layout's client code) and what only some do (the route's own client
 * components). Turbopack's chunk names are hashes, so "shared by every route" is the
 * honest test of what is framework.
 */
export function splitShared(sizes: JsSize[]): void {
  const withScripts = sizes.filter((s) => s.scripts?.length);
  if (!withScripts.length) return;
  const shared = new Set(withScripts[0]!.scripts!.map((s) => s.src));
  for (const s of withScripts.slice(1)) {
    const here = new Set(s.scripts!.map((x) => x.src));
    for (const src of shared) if (!here.has(src)) shared.delete(src);
  }
  for (const s of withScripts) {
    s.sharedGzipBytes = s.scripts!.filter((x) => shared.has(x.src)).reduce((a, x) => a + x.gzipBytes, 0);
    s.ownGzipBytes = s.gzipBytes - s.sharedGzipBytes;
  }
}
