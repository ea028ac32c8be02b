import { type Browser, type Page } from '@playwright/test';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';
import { totpCodeAt } from '../../lib/auth/totp';
import { expectNoAxeViolations } from './axe';
import { linkIn, waitForMail } from './mail';
import { expect, test, signIn, watchCsp } from './support';

// In order, one at a time: the last journey makes the council ask its administrators for a second
// factor, which the others' administrator would meet half-way through.
test.describe.configure({ mode: 'default' });

const PASSWORD = 'a long enough passphrase for mfa';
// The test's own authenticator: codes computed from the key read off the page. A code for
// the next step is inside the ±1 window and newer than any step used before, so the
// journey never waits for the clock.
const codeNow = (secret: string, stepsAhead = 0) => totpCodeAt(secret, new Date(Date.now() + stepsAhead * 30_000));
const wrongCode = (secret: string) => String((Number(codeNow(secret)) + 500_000) % 1_000_000).padStart(6, '0');

async function newAccount(page: Page, browser: Browser, demo: DemoCopy) {
  const email = demo.email(`mfa.${Date.now()}@northbridge.example`);
  await signIn(page, demo.accounts.administrator);
  await page.goto(`/${demo.northbridge}/admin/members`);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitation queued for ${email}` })).toBeVisible();
  const mail = await waitForMail(email);
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(linkIn(mail.text, '/invitations/accept'));
  await guest.getByLabel('Full name').fill('Morgan Factor');
  await guest.getByLabel('Choose a password').fill(PASSWORD);
  await guest.getByRole('button', { name: 'Create account and accept' }).click();
  await expect(guest.getByText('Your account is ready')).toBeVisible();
  return { email, context, guest };
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // on to the code step; what it continues is in a cookie, never in the address
  await page.waitForURL((url) => url.pathname === '/sign-in/code');
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your authenticator app');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel('Code').fill(code);
  // each post answered before the next code is typed (React resets the form when the answer comes)
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in/code').catch(() => null);
  await page.getByRole('button', { name: 'Continue' }).click();
  await answered;
}

/** A refused code: the error summary says why, and React has reset the form before the next try. */
async function enterRefusedCode(page: Page, code: string, message: string) {
  await enterCode(page, code);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(message);
  await expect(page.getByLabel('Code')).toHaveValue('');
}

test('enrol an authenticator app, sign out, sign in with password and code; wrong codes refused and throttled', async ({ page, browser, demo }) => {
  // a long journey: an invitation, enrolment and four sign-ins
  test.setTimeout(180_000);
  const noCspViolations = watchCsp(page);
  const { email, context, guest } = await newAccount(page, browser, demo);

  // signed in with the password alone, set up the app from the account page
  await guest.getByLabel('Password').fill(PASSWORD);
  await guest.getByRole('button', { name: 'Sign in' }).click();
  await expect(guest).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  await guest.getByRole('link', { name: 'Sign-in security' }).click();
  await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Sign-in security');
  await guest.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(guest.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(guest);
  const secret = (await guest.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // a wrong code does not turn it on
  await guest.getByLabel('Code from the app').fill(wrongCode(secret));
  await guest.getByRole('button', { name: 'Turn on the authenticator app' }).click();
  await expect(guest.getByRole('alert', { name: 'There is a problem' })).toContainText('The code is not right');
  await guest.getByLabel('Code from the app').fill(codeNow(secret));
  await guest.getByRole('button', { name: 'Turn on the authenticator app' }).click();
  await expect(guest.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  const recovery = await guest.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
  expect(recovery).toHaveLength(10);
  // the key is not shown again
  await expect(guest.getByTestId('totp-secret')).toHaveCount(0);
  await expect(guest.getByRole('heading', { name: 'Your authenticator app is on' })).toBeVisible();
  await expectNoAxeViolations(guest);
  await guest.getByRole('link', { name: 'I have saved my recovery codes' }).click();
  await guest.reload();
  await expect(guest.getByRole('heading', { name: 'Your recovery codes' })).toHaveCount(0);
  await expect(guest.getByText(/10 unused recovery codes/)).toBeVisible();

  // this session gave the code while enrolling
  await guest.goto('/account/sessions');
  await expect(guest.getByRole('row').filter({ hasText: 'This browser.' })).toContainText('Password and authenticator app');
  await signOut(guest);

  // sign in again: the password alone makes no session; a wrong code is refused, the right one lets them in
  await passwordStep(guest, email);
  await expectNoAxeViolations(guest);
  await guest.goto(`/${demo.northbridge}`);
  await expect(guest).toHaveURL(/\/sign-in/);
  await guest.goto('/sign-in/code');
  await enterRefusedCode(guest, wrongCode(secret), 'The code is not right');
  await expectNoAxeViolations(guest);
  await enterCode(guest, codeNow(secret, 1));
  await guest.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await guest.goto('/account/sessions');
  await expect(guest.getByRole('row').filter({ hasText: 'This browser.' })).toContainText('Password and authenticator app');
  await signOut(guest);

  // the code step without JavaScript: a plain form post, with a recovery code this time
  await passwordStep(guest, email);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await noScript.addCookies(await context.cookies());
  const plain = await noScript.newPage();
  await plain.goto('/sign-in/code');
  await enterCode(plain, recovery[0]!);
  await plain.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await plain.goto('/account/sessions');
  await expect(plain.getByRole('row').filter({ hasText: 'This browser.' })).toContainText('Password and a recovery code');
  await noScript.close();

  // five wrong codes, then even the right one is refused for a while
  await guest.context().clearCookies();
  await passwordStep(guest, email);
  for (let i = 0; i < 5; i++) await enterRefusedCode(guest, wrongCode(secret), 'The code is not right');
  await enterRefusedCode(guest, codeNow(secret, 1), 'Too many wrong codes');
  await expect(guest).toHaveURL(/\/sign-in\/code$/);
  await guest.goto(`/${demo.northbridge}`);
  await expect(guest).toHaveURL(/\/sign-in/);
  await context.close();
  noCspViolations();
});

test('a council that requires a second factor sends an administrator without one to set it up', async ({ page, browser, demo }) => {
  test.setTimeout(120_000);
  const { email, context, guest } = await newAccount(page, browser, demo);
  // the board administrator turns the requirement on (and is sent to set up a factor themself)
  await page.goto(`/${demo.northbridge}/admin/security`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign-in security');
  await expectNoAxeViolations(page);
  await page.getByRole('group', { name: 'Require a second factor for administrators and Chairs' }).getByRole('radio', { name: 'Yes, require it' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  // saved; the admin has no second factor, so the council's pages now send them to set one up
  await expect(page.getByText('now need a second factor').or(page.getByText('asks its administrators and Chairs'))).toBeVisible();
  await page.goto(`/${demo.northbridge}`);
  await expect(page).toHaveURL(new RegExp(`/account/security\\?council=${demo.northbridge}$`));
  await expect(page.getByRole('alert').filter({ hasText: 'asks its administrators' })).toContainText(
    'Northbridge City Council asks its administrators and Chairs',
  );
  await expectNoAxeViolations(page);
  await page.goto(`/${demo.northbridge}/admin/audit`);
  await expect(page).toHaveURL(new RegExp(`/account/security\\?council=${demo.northbridge}$`));

  // an ordinary member is not affected
  await guest.getByLabel('Password').fill(PASSWORD);
  await guest.getByRole('button', { name: 'Sign in' }).click();
  await expect(guest).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  expect(email).toContain('@');
  await context.close();

  // the administrator sets up the app and is back in the council
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(codeNow(secret));
  await page.getByRole('button', { name: 'Turn on the authenticator app' }).click();
  await page.getByRole('link', { name: 'I have saved my recovery codes' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  await page.goto(`/${demo.northbridge}/admin/audit`);
  await expect(page.getByRole('cell', { name: /council\.second-factor-requirement/ })).toBeVisible();

  // put the demo council back as it was, for the journeys that follow
  await page.goto(`/${demo.northbridge}/admin/security`);
  await page.getByRole('group', { name: 'Require a second factor for administrators and Chairs' }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('no longer required');
  await page.goto('/account/security');
  await page.getByLabel('Code', { exact: true }).fill(codeNow(secret, 1));
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByText('You have not set up an authenticator app.')).toBeVisible();
});
