import { describe, expect, it } from 'vitest';
import {
  CONFIRM_MAILS_PER_DAY,
  confirmationAllowance,
  confirmLinkExpiry,
  confirmLinkUsable,
  normaliseTopics,
  receivesTopic,
} from '../../lib/rules/public-subscription';
import { escapeXml, renderAtom } from '../../lib/public/atom';

const at = (iso: string) => new Date(iso);

describe('confirmation mails per address and board', () => {
  it(`allows ${CONFIRM_MAILS_PER_DAY} in the 24 hours from the first, then none until the window passes`, () => {
    let state = { windowStartedAt: null as Date | null, sentInWindow: 0 };
    const times = ['2026-03-20T09:00:00Z', '2026-03-20T10:00:00Z', '2026-03-20T23:00:00Z', '2026-03-21T08:59:59Z'];
    const verdicts = times.map((iso) => {
      const r = confirmationAllowance(state, at(iso));
      state = r.next;
      return r.allowed;
    });
    expect(verdicts).toEqual([true, true, true, false]);
    expect(state).toEqual({ windowStartedAt: at('2026-03-20T09:00:00Z'), sentInWindow: 3 });
    expect(confirmationAllowance(state, at('2026-03-21T09:00:00Z'))).toEqual({
      allowed: true,
      next: { windowStartedAt: at('2026-03-21T09:00:00Z'), sentInWindow: 1 },
    });
  });

  it('starts a new window when the stored one is in the future (a clock put back)', () => {
    expect(confirmationAllowance({ windowStartedAt: at('2026-03-22T00:00:00Z'), sentInWindow: 3 }, at('2026-03-21T00:00:00Z')).allowed).toBe(true);
  });
});

describe('confirmation links', () => {
  it('work for seven days, not a moment longer', () => {
    const expires = confirmLinkExpiry(at('2026-03-20T12:00:00Z'));
    expect(expires).toEqual(at('2026-03-27T12:00:00Z'));
    expect(confirmLinkUsable(expires, at('2026-03-27T11:59:59.999Z'))).toBe(true);
    expect(confirmLinkUsable(expires, expires)).toBe(false);
    expect(confirmLinkUsable(null, at('2026-03-20T12:00:00Z'))).toBe(false);
  });
});

describe('topics', () => {
  it('keeps known topics once each, in the usual order', () => {
    expect(normaliseTopics(['minutes', 'x', 'agenda', 'minutes'])).toEqual(['agenda', 'minutes']);
  });

  it('mail goes only to a confirmed, subscribed address that chose the topic', () => {
    const confirmed = { confirmedAt: at('2026-03-20T12:00:00Z'), unsubscribedAt: null, topics: ['agenda'] };
    expect(receivesTopic(confirmed, 'agenda')).toBe(true);
    expect(receivesTopic(confirmed, 'minutes')).toBe(false);
    expect(receivesTopic({ ...confirmed, confirmedAt: null }, 'agenda')).toBe(false);
    expect(receivesTopic({ ...confirmed, unsubscribedAt: at('2026-03-21T12:00:00Z') }, 'agenda')).toBe(false);
  });
});

describe('the Atom document', () => {
  it('escapes text and drops characters XML forbids', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('lists entries newest first, at most the limit, and takes its updated from the newest', () => {
    const entry = (n: number) => ({ id: `urn:e${n}`, title: `E${n}`, updated: at(`2026-03-0${n}T00:00:00Z`), link: `https://x/${n}`, summary: 's' });
    const xml = renderAtom(
      {
        id: 'https://x/',
        title: 'T & co',
        selfLink: 'https://x/feed.atom',
        alternateLink: 'https://x/',
        author: 'C',
        updated: at('2026-01-01T00:00:00Z'),
        entries: [1, 3, 2].map(entry),
      },
      2,
    );
    expect([...xml.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])).toEqual(['T &amp; co', 'E3', 'E2']);
    expect(xml).toContain('<updated>2026-03-03T00:00:00.000Z</updated>');
    const empty = renderAtom({ id: 'i', title: 't', selfLink: 's', alternateLink: 'a', author: 'c', updated: at('2026-01-01T00:00:00Z'), entries: [] });
    expect(empty).toContain('<updated>2026-01-01T00:00:00.000Z</updated>');
    expect(empty).not.toContain('<entry>');
  });
});
