import { type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type DemoCopy } from '../../prisma/seed/demo-credentials';
import { expectNoAxeViolations } from './axe';
import { moveServerClock, resetServerClock } from './server-clock';
import { expect, test } from './support';

const minutes = (n: number) => n * 60_000;
test.afterAll(resetServerClock);

async function activate(control: Locator) {
  await control.focus();
  await control.press('Enter');
}

async function signInWithKeys(page: Page, email: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** The member's first open action: its page has the progress update form. */
async function openMyAction(page: Page, demo: DemoCopy) {
  await page.goto(`/${demo.northbridge}/boards/improvement-board/actions?mine=1`);
  const href = await page.locator('main table a[href*="/actions/"]').first().getAttribute('href');
  await page.goto(href!);
  return new URL(page.url()).pathname;
}

test('a session that ends while someone types keeps their text: submit, sign in again, and it is back in the form', async ({ page, demo }) => {
  await page.goto('/sign-in');
  await signInWithKeys(page, demo.accounts.member);
  const actionPath = await openMyAction(page, demo);
  const update = page.getByRole('textbox', { name: 'Progress update', exact: true });
  const typed = `Caseload audit finished in three of four teams; the fourth reports next week (${Date.now()}).`;
  await update.fill(typed);

  // an hour and a minute pass on the server with nothing sent: the session has ended
  moveServerClock(minutes(61));
  const form = page.locator('form').filter({ has: update });
  await activate(form.getByRole('button').last());

  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toContainText('Your session has ended');
  await expect(update).toHaveValue(typed);
  // the header no longer says who is signed in
  await expect(page.getByRole('banner')).not.toContainText('Signed in as');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  const signInLink = summary.getByRole('link');
  const href = (await signInLink.getAttribute('href'))!;
  const callback = new URL(href, 'http://x').searchParams.get('callbackUrl')!;
  expect(callback.startsWith(`${actionPath}?kept=`)).toBe(true);
  expect(href).not.toContain(encodeURIComponent(typed.slice(0, 20)));
  await expectNoAxeViolations(page);

  await activate(signInLink);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInWithKeys(page, demo.accounts.member);
  await expect(page).toHaveURL((url) => url.pathname === actionPath);
  await expect(page.getByRole('status').filter({ hasText: 'We kept what you typed' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Progress update', exact: true })).toHaveValue(typed);
  // the key is used once and leaves the address bar
  expect(new URL(page.url()).searchParams.get('kept')).toBeNull();
  await expect(page.getByRole('banner')).toContainText('Signed in as');
  await expectNoAxeViolations(page);
});

test('the warning comes two minutes before the end, and "Stay signed in" keeps the session on the server', async ({ page, demo }) => {
  // Next prefetches the links a page shows, on timers the page's clock runs: one reaching the
  // server after its clock moved would count as activity and put the end off. None is needed here.
  await page.route('**/*', (route) => (route.request().headers()['next-router-prefetch'] ? route.abort() : route.fallback()));
  await page.clock.install();
  await page.goto('/sign-in');
  await signInWithKeys(page, demo.accounts.member);
  await openMyAction(page, demo);
  const dialog = page.getByRole('dialog', { name: 'You are about to be signed out' });
  await expect(dialog).toHaveCount(0);
  // the page's timer is set once React has hydrated it: fast-forwarding before then (a loaded
  // machine is slow to hydrate) would leave the timer 58 minutes on from the new time
  await expect
    .poll(() => page.locator('dialog[aria-labelledby="timeout-title"]').evaluate((d) => Object.keys(d).some((key) => key.startsWith('__reactFiber'))))
    .toBe(true);

  // 58 minutes without a request, on the server and in the page
  moveServerClock(minutes(58));
  await page.clock.fastForward('58:00');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 minutes');
  await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  // the session was extended on the server: 59 minutes on, the warning comes again (not the end)
  moveServerClock(minutes(59));
  await page.clock.fastForward('58:00');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Signed in as');

  // left alone past the end: the dialog says so and offers to sign in again, back to this page
  moveServerClock(minutes(3));
  await page.clock.fastForward('03:00');
  const ended = page.getByRole('dialog', { name: 'You have been signed out' });
  await expect(ended).toBeVisible();
  const again = ended.getByRole('link', { name: 'Sign in again' });
  expect(new URL((await again.getAttribute('href'))!, 'http://x').searchParams.get('callbackUrl')).toBe(new URL(page.url()).pathname);
  await expect(page.getByRole('banner')).not.toContainText('Signed in as');
});
