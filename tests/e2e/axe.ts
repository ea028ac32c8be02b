import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails the journey on any WCAG 2.2 A or AA violation on the page as it stands. */
export async function expectNoAxeViolations(page: Page) {
  // After a server action Next streams the page's metadata back a moment after the body,
  // so the <title> can be briefly absent: check the page as it settles, not mid-update.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `axe found violations on ${page.url()}`).toEqual([]);
}
