import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';

test('the start page and the health check answer without signing in', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run your improvement board on the record');
  await expectNoAxeViolations(page);
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(home.headers()['strict-transport-security']).toContain('max-age=');
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['referrer-policy']).toBe('same-origin');
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'up' }); // nothing more to the public
});

test('a wrong password is refused with one generic message', async ({ page, demo }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(demo.accounts.administrator);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a correct email address and password');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);
});

test('board pages need a signed-in person', async ({ page, demo }) => {
  await page.goto(`/${demo.northbridge}/boards/improvement-board`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test('the administrator walks every first screen of the demo council', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);
  // sign-in lands on "For you"; the council is one link away
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');
  await page.getByRole('link', { name: 'Northbridge City Council' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boards');
  await expect(page.getByRole('link', { name: "Children's Services Improvement Board" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Improvement Executive Group' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: "Children's Services Improvement Board" }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  for (const heading of ['Next meeting', 'Overdue actions', 'Top risks', 'Plan progress by theme']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText(/Papers due by/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Performance Management' })).toBeVisible();
  await expectNoAxeViolations(page);

  const boardNav = page.getByRole('navigation', { name: 'Board' });
  await boardNav.getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(page.getByRole('heading', { name: 'Coming up' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('table', { name: 'Past meetings' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Attendance' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole('table', { name: 'Meetings coming up' }).getByRole('link').first().click();
  await expect(page.getByText('Papers due')).toBeVisible();
  await expectNoAxeViolations(page);

  await boardNav.getByRole('link', { name: 'Action log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action log');
  await expect(page.getByRole('cell', { name: /^IB-\d{4}-\d{3}$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: 'Overdue actions' }).check();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByRole('status')).toContainText('action');
  await expectNoAxeViolations(page);

  await boardNav.getByRole('link', { name: 'Risk log' }).click();
  await expect(page.getByRole('heading', { name: 'Heat map' })).toBeVisible();
  await expectNoAxeViolations(page);

  await boardNav.getByRole('link', { name: 'Improvement plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement plans');
  await expectNoAxeViolations(page);
  await page.getByRole('table', { name: 'Plans, newest first' }).getByRole('link').first().click();
  // the overview shows one theme at a time; every theme is a link in the theme navigation
  const themes = page.getByRole('navigation', { name: 'Themes' });
  for (const theme of ['Performance Management', 'Quality Assurance', 'Improving Front Line', 'Partnership Working', 'Scrutiny', 'Communications']) {
    await expect(themes.getByRole('link', { name: new RegExp(`^${theme}`) })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  noCspViolations();
});

test('one council cannot open another council’s board', async ({ page, demo }) => {
  await signIn(page, demo.accounts.trustAdministrator);
  // sign-in lands on "For you"; the council is one link away
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');
  await page.getByRole('link', { name: 'Eastmoor Borough Council' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.eastmoor}$`));
  const response = await page.goto(`/${demo.northbridge}/boards/improvement-board`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});
