import { expectNoAxeViolations } from './axe';
import { fillDate } from './dates';
import { expect, test, signIn, watchCsp } from './support';

test('an advisory board: the council lists who decides and whom reports go to, and a recommendation is tracked to its outcome', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);
  const board = `/${demo.northbridge}/boards/improvement-board`;

  // the council's lists: a reporting audience added (St Helens' People's Board)
  await page.goto(`/${demo.northbridge}`);
  await page.getByRole('navigation', { name: 'Council administration' }).getByRole('link', { name: 'Lists' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decision makers and reporting audiences');
  await expect(page.getByText('Director of Children’s Services (A named officer role)')).toBeVisible();
  await expectNoAxeViolations(page);
  const audiences = page.getByRole('region', { name: 'Reporting audiences' });
  await audiences.getByLabel('Name').last().fill('People’s Board');
  await audiences.getByRole('button', { name: 'Add the reporting audience' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'People’s Board added to the reporting audiences' })).toBeVisible();
  await expectNoAxeViolations(page);

  // the board becomes advisory
  await page.goto(`${board}/settings`);
  await page.getByLabel('Decisions').selectOption('true');
  await page.getByRole('button', { name: 'Save details and rules' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The board’s details and rules have been saved' })).toBeVisible();

  // the overview counts the recommendations awaiting a decision; the list records an outcome
  await page.goto(board);
  const awaiting = page.getByRole('region', { name: 'Recommendations awaiting a decision' });
  await expect(awaiting).toContainText('awaiting a decision');
  await expectNoAxeViolations(page);
  await awaiting.getByRole('link', { name: 'All recommendations and their outcomes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommendations');
  await expect(page.getByText('This board is advisory: decisions are taken by others.')).toBeVisible();
  await expectNoAxeViolations(page);
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .first();
  await first.getByText('Record the outcome').first().click();
  await first.getByRole('radio', { name: 'Accepted', exact: true }).check();
  await fillDate(first, 'Date of the decision', new Date().toISOString().slice(0, 10));
  await first.getByLabel('Reference').fill('CAB 12/26');
  await first.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Outcome recorded: accepted/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/\(reference CAB 12\/26\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  noCspViolations();
});
