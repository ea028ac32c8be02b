import { expectNoAxeViolations } from './axe';
import { fillDate } from './dates';
import { expect, test, signIn, watchCsp } from './support';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;

/** Two days ago, as people type it (27/3/2026): in the past whatever the hour in London. */
function daysAgo(n: number) {
  const d = new Date(Date.now() - n * 86_400_000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

test('terms of reference take the board’s shape, and full Council approves them: the administrator records its decision', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  // this board's terms are approved by full Council (Shropshire, 002)
  await page.goto(`${BOARD(demo)}/settings`);
  const routeForm = page.getByRole('region', { name: 'Approving the terms of reference' });
  await routeForm.getByLabel('A named body approves them, such as full Council or Cabinet').check();
  await routeForm.getByLabel('The body that approves them').fill('Full Council');
  await routeForm.getByRole('button', { name: 'Save the approval route' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Terms of reference are now approved by Full Council' })).toBeVisible();
  await expectNoAxeViolations(page);

  // the draft drops the quorum section (the board has none), adds its own and moves it
  await page.goto(`${BOARD(demo)}/terms/3.1`);
  const sections = page.getByRole('region', { name: 'Sections' });
  await sections.getByRole('button', { name: 'Remove “Quorum”' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Section removed from the draft.' })).toBeVisible();
  await sections.getByLabel('Heading').fill('Role of attendees');
  await sections.getByRole('button', { name: 'Add the section' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Section added at the end of the draft.' })).toBeVisible();
  await expect(page.getByLabel('Section 9 heading')).toHaveValue('Role of attendees');
  await sections.getByRole('button', { name: 'Move “Role of attendees” up' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Section moved.' })).toBeVisible();
  await expect(sections.getByRole('listitem')).toHaveText([
    /1\. Purpose/,
    /2\. Roles and responsibilities/,
    /3\. Membership/,
    /4\. Meeting frequency and venue/,
    /5\. Governance and reporting arrangements/,
    /6\. Board administration/,
    /7\. Review/,
    /8\. Role of attendees/,
    /9\. Dissolution/,
  ]);
  // the edit form follows the new order: each box holds its own section's text
  await expect(page.getByLabel('Section 7 heading')).toHaveValue('Review');
  await expect(page.getByLabel('Section 7 text (Review)')).toHaveValue(/reviewed/);
  await expect(page.getByLabel('Section 8 heading')).toHaveValue('Role of attendees');
  await expectNoAxeViolations(page);

  // the responsibilities become a numbered list, and the new section gets its text
  await page.getByRole('group', { name: 'Section 2 reads as' }).getByLabel('A numbered list, one item a line').check();
  await page.getByLabel('Section 2 text').fill('1. Endorse the improvement plan.\n2. Oversee its actions.\n3. Maintain a risk log.');
  await page.getByLabel('Section 8 text').fill('Senior officers may be invited to attend to report on progress.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft version 3.1 saved' })).toBeVisible();

  // Council's decision, with its date and minute
  const decision = page.getByRole('region', { name: 'Record the approval by Full Council' });
  await fillDate(decision, 'Date of the decision', daysAgo(2));
  await decision.getByLabel('Reference').fill('Minute 45');
  await decision.getByRole('button', { name: 'Record the approval' }).click();
  await page.getByRole('button', { name: 'Yes, record the approval' }).click();
  await expect(page).toHaveURL(/\/terms\/4\?done=approved$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of reference: version 4');
  await expect(page.getByText(/^Approved by Full Council on .+ \(Minute 45\)\.$/)).toBeVisible();
  const responsibilities = page.getByRole('region', { name: 'Roles and responsibilities' });
  await expect(responsibilities.getByRole('listitem')).toHaveText(['Endorse the improvement plan.', 'Oversee its actions.', 'Maintain a risk log.']);
  await expect(page.getByRole('heading', { name: 'Quorum' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByText(/^Approved by Full Council on .+ \(Minute 45\)\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Roles and responsibilities' }).getByRole('listitem')).toHaveCount(3);
  await expectNoAxeViolations(page);
  const pdf = await page.request.get(`${BOARD(demo)}/terms/4/pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  noCspViolations();
});

test('an administrator records a past version from its paper: it is marked as a historical record on the page, in print and in the list', async ({
  page,
  demo,
}) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);
  await page.goto(`${BOARD(demo)}/terms`);
  await page.getByText('Record a past version').click();
  const form = page.locator('details').filter({ hasText: 'Record a past version' });
  await form.getByLabel('Version number').fill('0.2');
  await form.getByLabel('The version as the paper writes it (optional)').fill('V0.2 draft');
  await fillDate(form, 'Date it was approved', '14/9/2018');
  await form.getByLabel('Approved by', { exact: true }).fill('Cabinet');
  await form.getByLabel('Section 1 heading', { exact: true }).fill('Overview & Purpose');
  await form.getByLabel('Section 1 text').fill('Urgent, focussed action must now be taken to drive the improvements needed in Children’s Services.');
  await form.getByLabel('Section 2 heading (optional)').fill('Responsibilities');
  await form.getByRole('group', { name: 'Section 2 reads as' }).getByLabel('A numbered list, one item a line').check();
  await form.getByLabel('Section 2 text').fill('Oversee the improvement plan\nHold partners to account');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Record the past version' }).click();

  await expect(page).toHaveURL(/\/terms\/0\.2\?done=recorded$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of reference: V0.2 draft');
  await expect(page.getByText('Historical record.', { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/^Approved by Cabinet on .+ 2018\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Responsibilities' }).getByRole('listitem')).toHaveText([
    'Oversee the improvement plan',
    'Hold partners to account',
  ]);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByText('Historical record: recorded from the board’s own paper, not drafted or approved in Tabled.')).toBeVisible();
  await page.goto(`${BOARD(demo)}/terms`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'V0.2 draft', exact: true }) });
  await expect(row).toContainText('Historical record');
  await expect(row).toContainText('Superseded');
  noCspViolations();
});
