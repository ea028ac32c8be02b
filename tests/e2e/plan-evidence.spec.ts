import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate } from './dates';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;
const HEADER = 'Ref,Theme,Action,Who leads,Due,Status,Findings\n';
const ROWS = [
  'EV1.1,Evidence of Impact,Publish a monthly outcomes dashboard for the Board,Head of Performance and Intelligence,31/03/2027,In progress,',
  'EV1.2,Evidence of Impact,Hear from care leavers at every second Board meeting,Participation Lead,2027-05-31,Not started,',
];
const csv = (rows: string[]) => ({ name: 'plan-actions.csv', mimeType: 'text/csv', buffer: Buffer.from(HEADER + rows.join('\n') + '\n') });

test('plan evidence: the administrator imports actions through mapping and preview; a member reads the progress report', async ({ page, browser, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  // the board overview links to the current plan's report and measures
  await page.goto(BOARD(demo));
  await expectNoAxeViolations(page);
  const measuresHref = await page.getByRole('link', { name: 'Evidence of impact' }).getAttribute('href');
  const plan = measuresHref!.replace(/\/measures$/, '');
  expect(plan).toMatch(/\/plan\/[0-9a-f-]{36}$/);

  // step 1: upload; one row has an impossible date
  await page.goto(`${plan}/import`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Import actions into');
  await expectNoAxeViolations(page);
  await page.getByLabel('CSV or Excel file').setInputFiles(csv([ROWS[0]!, ROWS[1]!.replace('2027-05-31', '31/02/2027')]));
  await page.getByRole('button', { name: 'Upload and continue' }).click();

  // step 2: the columns it recognises are matched; "Who leads" is chosen by hand
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(page.getByLabel('Reference')).toHaveValue('0');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose the column that holds the lead officer');
  await expectNoAxeViolations(page);
  await page.getByLabel('Lead officer').selectOption({ label: 'Who leads (for example “Head of Performance and Intelligence”)' });
  await page.getByRole('button', { name: 'Preview the import' }).click();

  // step 3: the bad row is named by row and column, and nothing can be imported
  await expect(page.getByRole('heading', { name: 'Check the rows' })).toBeVisible();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Row 3, column "Due": "31/02/2027" is not a date');
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // a corrected file goes through
  await page.getByRole('button', { name: 'Upload a corrected file' }).click();
  await page.getByLabel('CSV or Excel file').setInputFiles(csv(ROWS));
  await page.getByRole('button', { name: 'Upload and continue' }).click();
  await page.getByLabel('Lead officer').selectOption({ label: 'Who leads (for example “Head of Performance and Intelligence”)' });
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText('All 2 rows can be imported.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rows in plan-actions.csv' }).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Import 2 actions' }).click();
  await expect(page.getByRole('status')).toContainText('2 actions imported into');
  await expectNoAxeViolations(page);

  // evidence of impact: each measure charted, with its values in a table
  await page.goto(`${plan}/measures`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence of impact');
  await expect(page.getByRole('img', { name: /Chart of Re-referrals within 12 months/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Values of Re-referrals within 12 months (%)' })).toBeVisible();
  await expectNoAxeViolations(page);
  // a new measure, linked to the imported theme, with its first value
  await page.getByRole('link', { name: 'Add a measure' }).click();
  await page.getByLabel('Measure', { exact: true }).fill('Care leavers in touch with the council');
  await page.getByLabel('Target').fill('ninety');
  await page.getByLabel('Evidence of Impact').check();
  await page.getByRole('button', { name: 'Add the measure' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the target as a number');
  await expect(page.getByLabel('Evidence of Impact')).toBeChecked();
  await expect(page.getByLabel('Measure', { exact: true })).toHaveValue('Care leavers in touch with the council');
  await expectNoAxeViolations(page);
  await page.getByLabel('Target').fill('90');
  await page.getByRole('group', { name: 'Which way is better' }).getByLabel('Higher is better').check();
  await page.getByLabel('Amber tolerance').fill('5');
  await page.getByRole('button', { name: 'Add the measure' }).click();
  await expect(page.getByRole('heading', { name: 'Care leavers in touch with the council' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a value for Care leavers in touch with the council' }).click();
  await page.getByLabel('Period', { exact: true }).fill('October 2026');
  await fillDate(page, 'Last day of the period', '31/10/2026');
  await page.getByLabel('Value (%)').fill('87');
  await page.getByRole('button', { name: 'Record the value' }).click();
  await expect(page.getByRole('status')).toContainText('October 2026: 87% recorded for Care leavers in touch with the council');
  await expectNoAxeViolations(page);
  await page.goto(`${plan}/measures`);
  const careLeavers = page.getByRole('region', { name: 'Care leavers in touch with the council' });
  await expect(careLeavers.getByRole('img', { name: /Chart of Care leavers/ })).toBeVisible();
  await expect(careLeavers.getByText('87% in October 2026: Near target', { exact: true })).toBeVisible();

  await page.goto(`${plan}/export`);
  await expectNoAxeViolations(page);
  const xlsx = await page.request.get(`${plan}/export/xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  noCspViolations();

  // a member reads the report for a period, then for the DfE
  const member = await (await browser.newContext()).newPage();
  await signIn(member, demo.accounts.member);
  await member.goto(BOARD(demo));
  await member.getByRole('link', { name: 'Progress report' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Progress report to Cabinet');
  const themes = member.getByRole('table', { name: 'Actions by theme and status' });
  await expect(themes.getByRole('rowheader', { name: 'Evidence of Impact' })).toBeVisible();
  await expect(themes.getByRole('rowheader', { name: 'Performance Management' })).toBeVisible();
  await expect(member.getByRole('heading', { name: 'Actions slipping' })).toBeVisible();
  await expect(member.getByRole('table', { name: 'Measures of impact against their targets' })).toBeVisible();
  await expectNoAxeViolations(member);
  // the council's list of reporting audiences names the DfE as the council writes it
  await member.getByLabel('Report to').selectOption({ label: 'Department for Education (DfE)' });
  await member.getByRole('button', { name: 'Show the report' }).click();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(/^Progress report to (the )?Department for Education/);
  await expectNoAxeViolations(member);
  const pdf = await member.request.get((await member.getByRole('link', { name: 'PDF document' }).getAttribute('href')) ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const docx = await member.request.get((await member.getByRole('link', { name: /Word document/ }).getAttribute('href')) ?? '');
  expect(docx.status()).toBe(200);
  // members read the plan; they do not import into it
  expect((await member.goto(`${plan}/import`))?.status()).toBe(404);
});
