import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type DemoCopy } from '../../prisma/seed/demo-credentials';
import { expectNoAxeViolations } from './axe';
import { specCouncils } from './councils';

/**
 * Playwright's test with `demo`: the councils (slugs) and accounts of the spec file the
 * test is in, its own copy of the demo (tests/e2e/councils.ts), so journeys run in parallel.
 */
export const test = base.extend<{ demo: DemoCopy }>({
  // (Playwright's `use` argument, named otherwise: the React hooks lint rule reads `use` as a hook)
  demo: async ({}, provide, testInfo) => {
    await provide(specCouncils(testInfo.file));
  },
});
export { expect };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Collects Content-Security-Policy violations the browser reports while the journey runs. */
export function watchCsp(page: Page): () => void {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return () => expect(violations, 'CSP violations').toEqual([]);
}
