import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate } from './dates';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

// In order, one at a time: the second journey adds a risk, which the first one's counts and the
// board's risks above appetite would meet half-way through.
test.describe.configure({ mode: 'default' });

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;

/** A day six weeks ahead as people type it, 3/11/2026. */
function sixWeeksAhead(): string {
  const d = new Date(Date.now() + 42 * 86_400_000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

test('risk log: the administrator reviews a risk and sees its history and the heat map change', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  // the log, with its heat map of risks not closed
  await page.goto(`${BOARD(demo)}/risks`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk log');
  const heatMap = page.getByRole('table', { name: /Risks not closed, by current likelihood and impact/ });
  await expect(heatMap.getByRole('link', { name: /^2 risks with likelihood 3 and impact 3/ })).toBeVisible();
  await expect(heatMap.getByRole('link', { name: /^3 risks with likelihood 4 and impact 4/ })).toBeVisible();
  await expect(page.getByText(/reviews? (is|are) overdue/)).toBeVisible();
  await expectNoAxeViolations(page);

  // a cell of the heat map filters the list to its risks
  await heatMap.getByRole('link', { name: /^2 risks with likelihood 3 and impact 3/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 risks with likelihood 3 and impact 3' })).toBeVisible();
  const risks = page.getByRole('table', { name: /^Risks, 2 in all/ });
  await expect(risks.getByRole('row')).toHaveCount(3);
  await expect(risks).toContainText('Review overdue');
  await expectNoAxeViolations(page);

  await risks.getByRole('link', { name: 'Health assessments for children in care are late' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('R-09: Health assessments for children in care are late');
  await expect(page.getByText('The review is overdue.')).toBeVisible();
  const history = page.getByRole('table', { name: 'Review history, oldest first' });
  const rowsBefore = await history.getByRole('row').count();
  await expectNoAxeViolations(page);

  // a mistake first: the error summary says what is wrong and the note typed is kept
  const review = page.getByRole('region', { name: 'Record a review' });
  const note = 'Nurse sessions for initial health assessments are still not filled; two children waited over 20 working days.';
  await review.getByRole('group', { name: 'Likelihood now' }).getByRole('radio', { name: /^4:/ }).check();
  await review.getByRole('group', { name: 'Impact now' }).getByRole('radio', { name: /^4:/ }).check();
  await review.getByLabel('What the review found (optional)').fill(note);
  await fillDate(review, 'Next review by', 'next month');
  await review.getByRole('button', { name: 'Record the review' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the next review date as a real date, for example 3/11/2026');
  await expect(review.getByLabel('What the review found (optional)')).toHaveValue(note);
  await expect(review.getByRole('group', { name: 'Likelihood now' }).getByRole('radio', { name: /^4:/ })).toBeChecked();
  await expectNoAxeViolations(page);

  await fillDate(review, 'Next review by', sixWeeksAhead());
  await review.getByRole('button', { name: 'Record the review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review of R-09 recorded: the score rose from 9 to 16' })).toBeVisible();

  // the history has the review, the trend says so in words, and the review is no longer overdue
  await expect(history.getByRole('row')).toHaveCount(rowsBefore + 1);
  const latest = history.getByRole('row').last();
  await expect(latest).toContainText('16');
  await expect(latest).toContainText('Rose');
  await expect(latest).toContainText(note);
  await expect(page.getByText('Trend: rising. The score rose from 9 to 16 at the latest review.')).toBeVisible();
  await expect(page.getByText(/Current score at each review: .*16 on/)).toBeVisible();
  await expect(page.getByText('The review is overdue.')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // the heat map moved the risk from likelihood 3, impact 3 to likelihood 4, impact 4
  await page.getByRole('link', { name: 'Back to the risk log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risk log');
  const after = page.getByRole('table', { name: /Risks not closed, by current likelihood and impact/ });
  await expect(after.getByRole('link', { name: /^1 risk with likelihood 3 and impact 3/ })).toBeVisible();
  await expect(after.getByRole('link', { name: /^4 risks with likelihood 4 and impact 4/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // the board's dashboard and the forward plan
  await page.goto(BOARD(demo));
  await expect(page.getByRole('heading', { name: 'Risks above appetite' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Risks above appetite' })).toContainText('R-09');
  await expect(page.getByRole('heading', { name: 'Forward plan: the next three meetings' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Forward plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forward plan');
  await expectNoAxeViolations(page);

  noCspViolations();
});

test('risk log and forward plan: the administrator adds a risk, edits it, and plans an item onto the next agenda', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  // adding a risk: what is missing is named, what was typed is kept
  await page.goto(`${BOARD(demo)}/risks`);
  await page.getByRole('link', { name: 'Add a risk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a risk');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill('Children missing education are not tracked');
  await page.getByLabel('Description', { exact: true }).fill('Children missing education are not consistently identified and followed up.');
  await page.getByLabel('Category', { exact: true }).fill('Partnership');
  await page.getByRole('group', { name: 'Inherent likelihood (before any controls)' }).getByRole('radio', { name: /^4:/ }).check();
  await page.getByRole('group', { name: 'Inherent impact (before any controls)' }).getByRole('radio', { name: /^4:/ }).check();
  await page.getByRole('group', { name: 'Current likelihood (with the controls in place)' }).getByRole('radio', { name: /^3:/ }).check();
  await page.getByRole('button', { name: 'Add the risk' }).click();
  const problem = page.getByRole('alert', { name: 'There is a problem' });
  await expect(problem).toContainText('Choose the current impact from 1 to 5');
  await expect(problem).toContainText('Choose the target likelihood from 1 to 5');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Children missing education are not tracked');
  await expect(page.getByRole('group', { name: 'Current likelihood (with the controls in place)' }).getByRole('radio', { name: /^3:/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('group', { name: 'Current impact (with the controls in place)' }).getByRole('radio', { name: /^4:/ }).check();
  await page.getByRole('group', { name: 'Target likelihood (once the mitigations are done)' }).getByRole('radio', { name: /^2:/ }).check();
  await page.getByRole('group', { name: 'Target impact (once the mitigations are done)' }).getByRole('radio', { name: /^3:/ }).check();
  await page.getByRole('button', { name: 'Add the risk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('R-11: Children missing education are not tracked');
  await expect(page.getByRole('table', { name: 'Review history, oldest first' })).toContainText('First assessment');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Edit this risk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit risk R-11: Children missing education are not tracked');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill('Children missing education are not tracked across partners');
  await page.getByRole('button', { name: 'Save the risk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('R-11: Children missing education are not tracked across partners');

  // the forward plan: a deep dive for the next meeting, then onto that meeting's agenda, once
  await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Forward plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forward plan');
  const form = page.getByRole('region', { name: 'Add to the forward plan' });
  await form.getByLabel('Kind of item').selectOption('DEEP_DIVE');
  await form.getByLabel('Title', { exact: true }).fill('Children missing education');
  await form.getByLabel('Presenter (optional)').fill('Head of Education');
  await form.getByRole('button', { name: 'Add to the forward plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Children missing education” added to the forward plan' })).toBeVisible();
  await expectNoAxeViolations(page);

  const firstMeeting = page.locator('main section').first();
  await expect(firstMeeting).toContainText('Children missing education');
  await firstMeeting.getByRole('heading').getByRole('link').click();
  const planned = page.getByRole('region', { name: 'From the forward plan' });
  await expect(planned).toContainText('Children missing education (themed deep dive, Head of Education): not yet on the agenda');
  await expectNoAxeViolations(page);
  await planned.getByRole('button', { name: 'Add this item to the agenda' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Deep dive: Children missing education/ })).toHaveCount(1);
  await expect(planned).toContainText(/Children missing education \(themed deep dive, Head of Education\): on the agenda as item \d+/);
  await expect(planned.getByRole('button', { name: /to the agenda/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  noCspViolations();
});
