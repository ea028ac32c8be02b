// First-load JavaScript of a route, measured from what the production server actually
// sends: every <script src> in the page's HTML (module scripts; the noModule polyfill
// is skipped, as modern browsers skip it), fetched and gzipped (level 9). Next 16's build
// output no longer prints per-route sizes, and this counts exactly what a browser loads.
import zlib from 'node:zlib';

export type JsSize = { files: number; rawBytes: number; gzipBytes: number };

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
  }
  return { files: urls.length, rawBytes, gzipBytes };
}
