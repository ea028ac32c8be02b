import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../lib/seed/demo-credentials';
import { expectNoAxeViolations } from './axe';

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
