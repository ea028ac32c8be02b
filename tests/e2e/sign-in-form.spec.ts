import { type Page, type Request } from '@playwright/test';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-credentials';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './support';

/** Every request the page makes, so a test can say no URL ever carried the password. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

const carriesPassword = (r: Request, password: string) =>
  r.url().includes(encodeURIComponent(password)) || r.url().includes(password) || /[?&]password=/.test(r.url());

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('signs in with a password through a posted form, and a wrong one is refused with the email kept', async ({ page, demo }) => {
    const requests = recordRequests(page);
    await page.goto('/sign-in?callbackUrl=%2Fmy-meetings');
    const form = page.locator('form').filter({ has: page.getByLabel('Password') });
    await expect(form).toHaveAttribute('method', /^post$/i);

    // a wrong password: the page comes back with the error summary and the email kept, never the password
    await page.getByLabel('Email address').fill(demo.accounts.member);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByLabel('Password').press('Enter');
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a correct email address and password');
    await expect(page.getByLabel('Email address')).toHaveValue(demo.accounts.member);
    await expect(page.getByLabel('Password')).toHaveValue('');
    expect(await page.content()).not.toContain('not-the-password');

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await expect(page).toHaveURL(/\/my-meetings$/);
    await expect(page.getByRole('banner')).toContainText('Signed in as');

    const signInPosts = requests.filter((r) => new URL(r.url()).pathname === '/sign-in' && r.method() === 'POST');
    expect(signInPosts.length).toBe(2);
    expect(requests.filter((r) => carriesPassword(r, DEMO_PASSWORD) || carriesPassword(r, 'not-the-password'))).toEqual([]);
  });
});

test('pressing Enter before the page has hydrated posts the form: the password is never in a URL', async ({ page, demo }) => {
  const requests = recordRequests(page);
  // hold back every script, so the form is exactly what the server sent, as on a slow connection
  const held: (() => Promise<void>)[] = [];
  await page.route('**/_next/static/**/*.js', (route) => {
    held.push(() => route.continue());
  });
  await page.goto('/sign-in', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Email address').fill(demo.accounts.member);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  // the scripts are held, so the next page never finishes loading: its address is enough
  const navigation = page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { waitUntil: 'commit' });
  await page.getByLabel('Password').press('Enter');
  await navigation;
  await page.unroute('**/_next/static/**/*.js');
  for (const release of held) await release().catch(() => {});
  const sent = requests.filter((r) => new URL(r.url()).pathname === '/sign-in' && r.resourceType() === 'document');
  expect(sent.map((r) => r.method())).toEqual(['GET', 'POST']);
  expect(requests.filter((r) => carriesPassword(r, DEMO_PASSWORD))).toEqual([]);
  await expect(page.getByRole('banner')).toContainText('Signed in as');
  // the same form, once hydrated, is still accessible
  await page.goto('/sign-in?callbackUrl=%2Faccount%2Fsessions');
  await expect(page).toHaveURL(/\/account\/sessions$/);
});

test('the hydrated form signs in and shows a refusal accessibly', async ({ page, demo }) => {
  const requests = recordRequests(page);
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill(demo.accounts.member);
  await page.getByLabel('Password').fill('wrong-password-here');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a correct email address and password');
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await expect(page.getByRole('banner')).toContainText('Signed in as');
  expect(requests.filter((r) => carriesPassword(r, DEMO_PASSWORD) || carriesPassword(r, 'wrong-password-here'))).toEqual([]);
});
