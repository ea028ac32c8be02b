import { expectNoAxeViolations } from './axe';
import { linkIn, mailContaining, waitForMail } from './mail';
import { expect, test, signIn, watchCsp } from './support';

test('a person in two councils switches between them', async ({ page, demo }) => {
  await signIn(page, demo.accounts.chair);
  await expect(page.getByRole('heading', { name: 'Your councils' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Northbridge City Council' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  await expect(page.getByRole('link', { name: "Children's Services Improvement Board", exact: true })).toBeVisible();
  await page.getByText('Switch council').click();
  await page.getByRole('link', { name: 'Eastmoor Borough Council' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.eastmoor}$`));
  await expect(page.getByRole('link', { name: "Eastmoor Children's Trust" })).toBeVisible();
  // an observer of the Trust sees only that board, not the council's other boards
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(1);
  await expectNoAxeViolations(page);
  // and is no admin here
  expect((await page.goto(`/${demo.eastmoor}/admin/members`))?.status()).toBe(404);
});

test('an admin invites a member, who accepts from the email and signs in', async ({ page, browser, demo }) => {
  const noCspViolations = watchCsp(page);
  const invitee = demo.email(`new.member.${Date.now()}@northbridge.example`);
  await signIn(page, demo.accounts.administrator);
  // sign-in lands on "For you"; the council is one link away
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');
  await page.getByRole('link', { name: 'Northbridge City Council' }).click();
  await page.getByRole('navigation', { name: 'Council administration' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members and invitations');
  await expectNoAxeViolations(page);

  // a mistake first: the form says what is wrong and keeps what was typed
  await page.getByLabel('Email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('correct format');
  await expect(page.getByLabel('Email address')).toHaveValue('not-an-email');
  await expectNoAxeViolations(page);

  await page.getByLabel('Email address').fill(invitee);
  await page.getByLabel('Board (optional)').selectOption({ label: "Children's Services Improvement Board" });
  await page.getByLabel('Role on the board').selectOption('MEMBER');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Invitation queued for ${invitee}` })).toBeVisible();
  await expect(page.getByRole('cell', { name: invitee, exact: true })).toBeVisible();
  noCspViolations();

  const mail = await waitForMail(invitee);
  expect(mail.subject).toContain('Northbridge City Council');
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(linkIn(mail.text, '/invitations/accept'));
  await expect(guest.getByRole('heading', { name: 'Join Northbridge City Council on Tabled' })).toBeVisible();
  await expectNoAxeViolations(guest);
  await guest.getByLabel('Full name').fill('Sam Newcomer');
  await guest.getByLabel('Choose a password').fill('short');
  await guest.getByRole('button', { name: 'Create account and accept' }).click();
  await expect(guest.getByRole('alert', { name: 'There is a problem' })).toContainText('at least 12 characters');
  await expect(guest.getByLabel('Full name')).toHaveValue('Sam Newcomer');
  await guest.getByLabel('Choose a password').fill('a long enough passphrase');
  await guest.getByRole('button', { name: 'Create account and accept' }).click();
  await expect(guest.getByText('Your account is ready')).toBeVisible();
  await expect(guest.getByLabel('Email address')).toHaveValue(invitee);
  await guest.getByLabel('Password').fill('a long enough passphrase');
  await guest.getByRole('button', { name: 'Sign in' }).click();
  await expect(guest).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  await expect(guest.getByRole('link', { name: "Children's Services Improvement Board" })).toBeVisible();
  await context.close();

  // the audit trail shows both sides
  await page.getByRole('navigation', { name: 'Council administration' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('cell', { name: /invitation\.accept/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /invitation\.create/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a magic link signs in once, and only when the button is pressed', async ({ page, request, demo }) => {
  await page.goto('/sign-in/email');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill(demo.accounts.member);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('status')).toContainText('has an account, a sign-in link is on its way to it');
  const link = linkIn((await mailContaining(demo.accounts.member, '/sign-in/link')).text, '/sign-in/link');
  // a mail scanner's GET does not use the link up
  expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue to Tabled' }).click();
  // signing in lands on For you
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');
  // the second use fails
  const other = await page.context().browser()!.newContext();
  const again = await other.newPage();
  await again.goto(link);
  await again.getByRole('button', { name: 'Continue to Tabled' }).click();
  await expect(again.getByText('This link has expired or has already been used.')).toBeVisible();
  await other.close();
});

test('signing out everywhere ends the other sessions at their next request', async ({ page, browser, demo }) => {
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, demo.accounts.trustAdministrator);
  await signIn(page, demo.accounts.trustAdministrator);
  await page.getByRole('link', { name: 'Your sessions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your sessions');
  await expect(page.getByText('This browser.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await expect(page.getByRole('status')).toContainText('You have been signed out of every session');
  await expectNoAxeViolations(page);
  await second.goto(`/${demo.eastmoor}`);
  await expect(second).toHaveURL(/\/sign-in/);
  await other.close();
});
