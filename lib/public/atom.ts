/**
 * An Atom 1.0 document (RFC 4287) for a public board's feed. Pure: the entries come in
 * already chosen (lib/public/feed.ts); this escapes and orders them.
 */
export type AtomEntry = { id: string; title: string; updated: Date; link: string; summary: string };
export type AtomFeed = { id: string; title: string; selfLink: string; alternateLink: string; author: string; updated: Date; entries: AtomEntry[] };

export function escapeXml(text: string): string {
  return (
    text
      // characters XML 1.0 does not allow at all
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Newest first, at most `limit`; the feed's updated is its newest entry's, or the given time when empty. */
export function renderAtom(feed: AtomFeed, limit = 50): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id)).slice(0, limit);
  const updated = entries[0]?.updated ?? feed.updated;
  const x = escapeXml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternateLink)}"/>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      `    <summary>${x(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}
