import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Titles seen by each spec file, with the page each named: a title names one subject only.
// By file because each file works in its own copy of the demo councils (tests/e2e/councils.ts),
// named as the demo's are: two copies' pages of one meeting are one subject under two addresses.
const titlesBySpec = new Map<string, Map<string, string>>();
// Pages that have posted a form (a server action) since they were last checked.
const posted = new WeakMap<Page, { since: boolean }>();

function watchPosts(page: Page) {
  if (posted.has(page)) return posted.get(page)!;
  const state = { since: false };
  posted.set(page, state);
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) state.since = true;
  });
  // a whole new document (page.goto, a link without the client router) starts with focus on
  // <body> by design: what is checked is where a post that stays on the page leaves focus
  page.on('load', () => {
    state.since = false;
  });
  return state;
}

/**
 * Fails the journey on any WCAG 2.2 A or AA violation on the page as it stands, and on
 * what axe cannot see:
 * - the page scrolls sideways at 320 CSS pixels (WCAG 1.4.10, and 400% zoom of a 1280
 *   pixel window), anywhere but inside a data table's own scrolling region;
 * - its title is also the title of a different page (titles name the page's subject);
 * - after a form was posted, focus was left on <body> rather than moved to the result.
 */
export async function expectNoAxeViolations(page: Page) {
  const posts = watchPosts(page);
  // After a server action Next streams the page's metadata back a moment after the body,
  // so the <title> can be briefly absent: check the page as it settles, not mid-update.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe found violations on ${page.url()}`).toEqual([]);

  if (posts.since) {
    posts.since = false;
    const focused = await page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.tagName : null));
    expect(focused, `focus was left on <body> after a post on ${page.url()}`).not.toBeNull();
  }

  const url = new URL(page.url());
  const title = (await page.title()).replace(/^Error: /, '');
  const heading =
    (await page
      .locator('h1')
      .first()
      .textContent()
      .catch(() => null)) ?? '';
  // a refusal page (not found, forbidden) names no subject: the same words for every address
  const refusal = /^(Page not found|You cannot open this page)/;
  if (url.protocol.startsWith('http') && !url.search.includes('no-javascript-snapshot') && !refusal.test(title) && !refusal.test(heading.trim())) {
    const spec = test.info().file;
    const titles = titlesBySpec.get(spec) ?? titlesBySpec.set(spec, new Map()).get(spec)!;
    const seen = titles.get(title);
    expect(seen === undefined || seen === url.pathname, `"${title}" is the title of ${seen} and of ${url.pathname}`).toBe(true);
    titles.set(title, url.pathname);
  }

  await expectReflowAt320(page);
}

/** At 320 CSS pixels wide nothing but a data table's own region scrolls sideways. */
async function expectReflowAt320(page: Page) {
  const before = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: 320, height: 720 });
  try {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width + 1) return [];
      const culprits: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        if (el.closest('[data-table-region]')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width <= 1 || rect.right <= width + 1) continue;
        if (getComputedStyle(el).position === 'fixed') continue;
        // report the outermost element that overflows, not all its children
        if (
          el.parentElement &&
          el.parentElement.getBoundingClientRect().right > width + 1 &&
          !el.parentElement.closest('[data-table-region]') &&
          el.parentElement !== document.body
        )
          continue;
        culprits.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).slice(0, 3).join('.')}` : ''} (${Math.round(rect.right)}px)`,
        );
        if (culprits.length >= 5) break;
      }
      return culprits.length ? culprits : [`the page is ${document.documentElement.scrollWidth}px wide`];
    });
    expect(overflow, `the page scrolls sideways at 320px on ${page.url()}`).toEqual([]);
  } finally {
    await page.setViewportSize(before);
  }
}
