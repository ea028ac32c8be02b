import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const TERMS = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board/terms`;
const ADDED = 'The Board will also hold one extraordinary meeting each year to review its terms.';

test('terms of reference: the administrator drafts and records agreement, the Chair approves, anyone compares, prints and downloads', async ({
  page,
  browser,
  demo,
}) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  await page.goto(TERMS(demo));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of reference');
  await expect(page.getByRole('heading', { name: 'Current terms: version 3' })).toBeVisible();
  await expect(page.getByText(/Next review due by/)).toBeVisible();
  // the review's evidence: how the board has been attended, with the full record a link away
  const attendance = page.getByRole('region', { name: 'Attendance, for the review' });
  await expect(attendance).toContainText(/meetings? took place/);
  await expect(attendance.getByRole('link', { name: 'See each seat’s attendance record' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Versions of the terms of reference/ }).getByRole('row')).toHaveCount(5);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Continue editing draft version 3.1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of reference: version 3.1');
  await expectNoAxeViolations(page);
  // a colleague (here, a second tab) opens the same draft before the first save
  const colleague = await page.context().newPage();
  await colleague.goto(`${TERMS(demo)}/3.1`);

  // a mistake first: the error summary names it, and what was typed elsewhere is kept
  const frequency = page.getByLabel('Section 4 text');
  const typed = `${await frequency.inputValue()}\n\n${ADDED}`;
  await frequency.fill(typed);
  await page.getByLabel('Section 7 heading').fill('');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a heading for section 7');
  await expect(page.getByLabel('Section 4 text')).toHaveValue(typed);
  await expectNoAxeViolations(page);

  await page.getByLabel('Section 7 heading').fill('Quorum');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft version 3.1 saved' })).toBeVisible();
  await expect(page.getByLabel('Section 4 text')).toHaveValue(typed);
  await expectNoAxeViolations(page);

  // the colleague's save clashes: both versions are shown and neither is lost
  const theirs = 'Members will also be asked to declare any interests at the start of each meeting.';
  const functions = colleague.getByLabel('Section 2 text');
  const colleagueTyped = `${await functions.inputValue()}\n\n${theirs}`;
  await functions.fill(colleagueTyped);
  await colleague.getByRole('button', { name: 'Save draft' }).click();
  await expect(colleague.getByRole('alert', { name: 'There is a problem' })).toContainText('Someone else saved changes');
  const clash = colleague.getByRole('region', { name: 'The version saved by someone else' });
  await expect(clash).toContainText(ADDED);
  await expect(colleague.getByLabel('Section 2 text')).toHaveValue(colleagueTyped);
  await expectNoAxeViolations(colleague);
  // having seen both, the colleague keeps the other change as well and saves again
  await colleague.getByLabel('Section 4 text').fill(typed);
  await colleague.getByRole('button', { name: 'Save draft' }).click();
  await expect(colleague.getByRole('status').filter({ hasText: 'Draft version 3.1 saved' })).toBeVisible();
  await colleague.close();
  await page.reload();
  await expect(page.getByLabel('Section 2 text')).toHaveValue(colleagueTyped);
  await expect(page.getByLabel('Section 4 text')).toHaveValue(typed);

  // the board agreed it at its last meeting
  await page.getByLabel('Meeting at which the board agreed this draft').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Record agreement' }).click();
  await expect(page).toHaveURL(/\/terms\/3\.1\?done=agreed$/);
  await expect(page.getByRole('status').filter({ hasText: "The board's agreement has been recorded" })).toBeVisible();
  await expect(page.getByText('Agreed by the board: waiting for the Chair’s approval.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Approve/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  noCspViolations();

  // the Independent Chair approves it: it becomes version 4
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, demo.accounts.chair);
  await chair.goto(`${TERMS(demo)}/3.1`);
  await expect(chair.getByRole('heading', { name: 'Approve as the Chair' })).toBeVisible();
  await expect(chair.getByText(ADDED)).toBeVisible();
  await expectNoAxeViolations(chair);
  await chair.getByRole('button', { name: 'Approve version 3.1' }).click();
  await chair.getByRole('button', { name: 'Yes, approve version 3.1' }).click();
  await expect(chair).toHaveURL(/\/terms\/4\?done=approved$/);
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Terms of reference: version 4');
  await expect(chair.getByText(/Next review due by/)).toBeVisible();
  await expect(chair.getByText('Fingerprint of the approved text')).toBeVisible();
  await expectNoAxeViolations(chair);

  await chair.getByRole('link', { name: 'All versions' }).click();
  await expect(chair.getByRole('heading', { name: 'Current terms: version 4' })).toBeVisible();
  await expect(chair.getByText(/Next review due by .+ \(reviewed every 6 months\)/)).toBeVisible();
  await expectNoAxeViolations(chair);

  // what changed between the versions in force
  await chair.getByLabel('From version').selectOption('3');
  await chair.getByLabel('To version').selectOption('4');
  await chair.getByRole('button', { name: 'Compare versions' }).click();
  await expect(chair).toHaveURL(/compare\?from=3&to=4/);
  await expect(chair.getByRole('heading', { name: 'Changes from version 3 to version 4' })).toBeVisible();
  await expect(chair.locator('ins').filter({ hasText: 'extraordinary meeting' })).toBeVisible();
  await expect(chair.getByText('2 of 9 sections differ.')).toBeVisible();
  await expect(chair.locator('ins').filter({ hasText: 'declare any interests' })).toBeVisible();
  await expectNoAxeViolations(chair);

  // print view and PDF
  await chair.goto(`${TERMS(demo)}/4`);
  await chair.getByRole('link', { name: 'Print view' }).click();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText("Children's Services Improvement Board: Terms of Reference");
  await expect(chair.getByText(/Approved by the Chair, .+, on /)).toBeVisible();
  await expect(chair.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await expectNoAxeViolations(chair);
  const pdf = await chair.request.get(`${TERMS(demo)}/4/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await chairContext.close();

  // the administrator sees the new version too, and can no longer edit it
  await page.goto(`${TERMS(demo)}/4`);
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a terms PDF is only for people on the board', async ({ page, request, demo }) => {
  const anonymous = await request.get(`${TERMS(demo)}/3/pdf`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers()['location']).toContain('/sign-in');
  await signIn(page, demo.accounts.trustAdministrator);
  expect((await page.request.get(`${TERMS(demo)}/3/pdf`)).status()).toBe(404);
  const notFound = await page.goto(`${TERMS(demo)}/3/print`);
  expect(notFound?.status()).toBe(404);
  await expectNoAxeViolations(page);
});
