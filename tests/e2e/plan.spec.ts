import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate } from './dates';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const PLANS = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board/plan`;

test('improvement plan: the administrator answers an uncovered finding, signs an action off at a held meeting with evidence, and maps a new plan against the old', async ({
  page,
  demo,
}) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  await page.goto(PLANS(demo));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement plans');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Children's Services Improvement Plan/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Actions by theme' })).toBeVisible();
  // one theme at a time: the first theme's actions, not the whole plan
  await expect(page.getByRole('table', { name: 'Actions under Performance Management' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'QA2.1' })).toHaveCount(0);
  await expect(page.getByText('1 of 8 findings has no action answering it.')).toBeVisible();
  await expectNoAxeViolations(page);
  const overview = page.url();

  // the coverage view names the finding with no action, in words
  await page
    .getByRole('navigation', { name: /^Plan:/ })
    .getByRole('link', { name: 'Findings' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Findings and the actions answering them');
  await expect(page.locator('#uncovered')).toContainText('1 finding has no action answering it: AFI5');
  await expect(page.getByRole('row', { name: /AFI5/ })).toContainText('No action');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add an action answering AFI5' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a plan action');
  await expect(page.getByLabel('AFI5 (Area for improvement)')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel('Theme').selectOption({ label: 'Partnership Working' });
  await page
    .getByLabel('Action', { exact: true })
    .fill('Commission return home interviews from an independent provider and report their themes to the Board quarterly.');
  await page.getByLabel('Lead officer').fill('Head of Service, Early Help');
  await fillDate(page, 'Due date', '30/9/2027');
  await page.getByLabel('Northbridge Police').check();
  await page.getByLabel('Scrutiny body', { exact: true }).selectOption({ label: "Children's Services Improvement Board" });
  // cross-scrutiny needs a different body: the mistake is named and nothing typed is lost
  await page.getByLabel('Second scrutiny body (optional)').selectOption({ label: "Children's Services Improvement Board" });
  await page.getByRole('button', { name: 'Add the action' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose a different body for the second layer of scrutiny');
  await expect(page.getByLabel('Lead officer')).toHaveValue('Head of Service, Early Help');
  await expect(page.getByLabel('AFI5 (Area for improvement)')).toBeChecked();
  await expect(page.getByLabel('Northbridge Police')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel('Second scrutiny body (optional)').selectOption({ label: 'Children and Young People Scrutiny Committee' });
  await page.getByRole('button', { name: 'Add the action' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action PW4.5');
  await expect(page.getByText('Action PW4.5 added.')).toBeVisible();
  await expect(page.getByText("Children and Young People Scrutiny Committee, which scrutinises Children's Services Improvement Board")).toBeVisible();
  await expectNoAxeViolations(page);

  // the warning has gone
  await page
    .getByRole('navigation', { name: /^Plan:/ })
    .getByRole('link', { name: 'Findings' })
    .click();
  await expect(page.locator('#covered')).toHaveText('Every finding has at least one action answering it.');
  await expect(page.locator('#uncovered')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /AFI5/ })).toContainText('PW4.5');

  // sign an action off at a meeting that has taken place, with the evidence seen
  await page.goto(overview);
  await page.getByRole('link', { name: 'PM1.2' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action PM1.2');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign off as complete' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose the meeting at which the board signed the action off');
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the evidence the board saw');
  await expectNoAxeViolations(page);
  await page.getByLabel('Meeting at which the board signed it off').selectOption({ index: 1 });
  await page.getByLabel('Proposed by').fill("Head of Service, Children's Social Care");
  await page.getByLabel('Documents seen').fill('Team performance clinic exception reports, three months\nImprovement Executive Group minutes');
  await page.getByLabel('Measures (optional)').fill('Re-referrals within 12 months (%)');
  await page.getByRole('button', { name: 'Sign off as complete' }).click();
  await page.getByRole('button', { name: 'Yes, sign it off' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Signed off. The board’s sign-off is recorded' })).toBeVisible();
  await expect(page.getByText('Signed off by the board', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Signed off at/ }).last()).toBeVisible();
  await expect(page.getByText('Team performance clinic exception reports, three months')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the action' })).toHaveCount(0);
  await expect(page.getByText('Reopen this action (the board’s decision)')).toBeVisible();
  await expectNoAxeViolations(page);

  // a new plan follows this one: the "nothing lost" check lists what is not yet mapped
  await page.goto(`${PLANS(demo)}/new`);
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill('Children’s Services Improvement Plan (monitoring visit)');
  await page.getByLabel('Follows an earlier plan (optional)').selectOption({ index: 1 });
  await page.getByLabel('Inspection it answers').selectOption({ label: 'A new inspection, described below' });
  await page.getByLabel('Kind of inspection (new inspection)').selectOption({ label: 'Monitoring visit' });
  await page.getByLabel('Inspection title (new inspection)').fill('Monitoring visit to Northbridge children’s services');
  await fillDate(page, 'Date of the inspection (new inspection)', '12/1/2027');
  await page.getByLabel('Judgement (new inspection)').selectOption({ label: 'No judgement (visit)' });
  await page.getByLabel('Priority actions (new inspection, optional)').fill('Drift and delay for children on child in need plans');
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Children’s Services Improvement Plan (monitoring visit)');
  await expect(page.getByText(/outstanding actions of the previous plan are neither carried into this plan nor closed/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('navigation', { name: /^Plan:/ })
    .getByRole('link', { name: 'Carry-over' })
    .click();
  const lost = page.locator('#actions-lost');
  await expect(lost).toContainText('not yet carried over or closed');
  const lostBefore = Number((await lost.innerText()).match(/(\d+) outstanding/)?.[1]);
  expect(lostBefore).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  // close one outstanding action with a reason: the check counts one fewer
  const from = page.getByLabel('Action of the previous plan');
  const closing = (await from.locator('option:checked').innerText()).split(' ')[0];
  await page.getByLabel('Or close it, with the reason').fill('Superseded by the monitoring visit’s priority action');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${closing} closed: Superseded` })).toBeVisible();
  await expect(lost).toContainText(`${lostBefore - 1} outstanding`);
  await expect(page.getByRole('row', { name: new RegExp(`^${closing?.replace('.', '\\.')} `) })).toContainText(
    'Closed: Superseded by the monitoring visit’s priority action',
  );
  await expectNoAxeViolations(page);
  await page
    .getByRole('navigation', { name: /^Plan:/ })
    .getByRole('link', { name: 'Themes and bodies' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Themes and bodies');
  await expectNoAxeViolations(page);

  noCspViolations();
});
