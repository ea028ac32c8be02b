import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';

test('a member chooses how reminders reach them; the always-on notices cannot be turned off', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.member);
  await page.getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await expectNoAxeViolations(page);

  const council = page.getByRole('region', { name: 'Northbridge City Council' });
  await expect(council.getByText('Minutes waiting for your approval')).toBeVisible();
  await expect(council.getByText(/Papers missing at the deadline.*\(always on\)/)).toBeVisible();
  // the always-on notices have no choice to make
  await expect(council.getByRole('group', { name: /Minutes waiting for your approval/ })).toHaveCount(0);

  const apologies = council.getByRole('group', { name: /^Apologies/ });
  await expect(apologies.getByLabel('Immediately')).toBeChecked();
  await apologies.getByLabel('Off').check();
  await council
    .getByRole('group', { name: /^Actions you own/ })
    .getByLabel('In a weekly digest (Monday morning)')
    .check();
  await council.getByRole('button', { name: /^Save reminders for Northbridge City Council/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your reminders for Northbridge City Council' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.getByRole('region', { name: 'Northbridge City Council' });
  await expect(again.getByRole('group', { name: /^Apologies/ }).getByLabel('Off')).toBeChecked();
  await expect(again.getByRole('group', { name: /^Actions you own/ }).getByLabel('In a weekly digest (Monday morning)')).toBeChecked();
  noCspViolations();
});

test('an unsubscribe link that is not valid says so, and changes nothing', async ({ page }) => {
  await page.goto('/unsubscribe/reminders?token=not-a-token');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop reminders');
  await expect(page.getByText('This unsubscribe link is not valid.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
