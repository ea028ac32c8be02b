import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate } from './dates';
import type { Page } from '@playwright/test';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;

const HEADERS = 'Ref,Action,Owner,Due date,Revised date,Date agreed,Status,Progress,Date raised,Signed off';
const GOOD_LOG = [
  HEADERS,
  'BB-17,Audit 40 case files a month,Principal Social Worker,15/1/2025,28/2/2025,14/1/2025,Closed,All audits done,3/12/2024,11/2/2025',
  'BB-18,Refresh the quality assurance framework,Blackpool Police,30/6/2025,30/9/2025,,In progress,Draft shared with partners,14/1/2025,',
  ',Publish the scrutiny work programme,Democratic Services,31/1/2030,,,Open,,,',
].join('\n');
// the same log with a day that does not exist and a status the log does not know
const BAD_LOG = [HEADERS, 'BB-20,Bad date,Someone,31/2/2025,,,,,,', 'BB-21,Odd status,Someone,1/3/2025,,,Amber-ish,,,'].join('\n');

async function recordPastMeeting(page: Page, demo: DemoCopy, date: string, title: string) {
  await page.goto(`${BOARD(demo)}/meetings`);
  await page.getByRole('link', { name: 'Record a past meeting (historical record)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record a past meeting');
  await page.getByLabel('Title').fill(title);
  await fillDate(page, 'Date it was held', date);
  await page.getByLabel('Present (optional)').fill('Independent Chair\nDirector of Children’s Services\nLeader of the Council');
  await page.getByLabel('Apologies (optional)').fill('Chief Superintendent');
  await page.getByLabel('Minutes (optional)').fill('The board received the improvement plan and agreed its six priorities.');
  await page.getByLabel('Decisions (optional)').fill('The improvement plan was endorsed for Cabinet.');
  await page.getByRole('button', { name: 'Record the past meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

test('moving a board in: an administrator records past meetings, the terms history and the action log, each marked as historical', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  await test.step('past meetings, recorded as historical records', async () => {
    await page.goto(`${BOARD(demo)}/meetings`);
    await page.getByRole('link', { name: 'Record a past meeting (historical record)' }).click();
    // the new page, settled, before it is checked (a client-side navigation swaps the title)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record a past meeting');
    await expectNoAxeViolations(page);
    // a meeting still to come is scheduled, not recorded as history
    await page.getByLabel('Title').fill('Improvement Board');
    await fillDate(page, 'Date it was held', '5/1/2099');
    await page.getByRole('button', { name: 'Record the past meeting' }).click();
    await expect(page.getByRole('alert').getByText(/must have been held before today/)).toBeVisible();
    await expectNoAxeViolations(page);

    await recordPastMeeting(page, demo, '14/1/2025', 'Improvement Board (January)');
    await expect(page.getByText('Historical record', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Historical record: minutes approved outside Tabled')).toBeVisible();
    await expect(page.getByText('Chief Superintendent')).toBeVisible();
    await expect(page.getByText('The improvement plan was endorsed for Cabinet.')).toBeVisible();
    // never announced: no calendar entry, no papers or agenda to circulate
    await expect(page.getByRole('link', { name: 'Add to calendar' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await recordPastMeeting(page, demo, '11/2/2025', 'Improvement Board (February)');
    await page.goto(`${BOARD(demo)}/meetings`);
    for (const title of ['Improvement Board (January)', 'Improvement Board (February)']) {
      await expect(page.getByRole('row').filter({ hasText: title }).getByText('Historical record')).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  await test.step('terms of reference history', async () => {
    // the board's terms as its own paper had them, approved by Cabinet before the board came to Tabled
    await page.goto(`${BOARD(demo)}/terms`);
    await page.getByText('Record a past version').click();
    const form = page.locator('details').filter({ hasText: 'Record a past version' });
    await form.getByLabel('Version number').fill('0.5');
    await form.getByLabel('The version as the paper writes it (optional)').fill('Version 1 (2019)');
    await fillDate(form, 'Date it was approved', '12/3/2019');
    await form.getByLabel('Approved by', { exact: true }).fill('Cabinet');
    await form.getByLabel('Section 1 heading', { exact: true }).fill('Purpose');
    await form.getByLabel('Section 1 text').fill('To drive the improvement of children’s services after the inspection.');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Record the past version' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of reference: Version 1 (2019)');
    await expect(page.getByText('Historical record.', { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/^Approved by Cabinet on .+ 2019\.$/)).toBeVisible();
    await page.goto(`${BOARD(demo)}/terms`);
    await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Version 1 (2019)', exact: true }) })).toContainText('Historical record');
    await expectNoAxeViolations(page);
  });

  await test.step('the action log, imported from a spreadsheet with its history', async () => {
    await page.goto(`${BOARD(demo)}/actions`);
    await page.getByRole('link', { name: 'Import an earlier action log' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import an action log');
    await expectNoAxeViolations(page);

    // a file with problems: the preview names each, and nothing can be imported
    await page.getByLabel('CSV or Excel file').setInputFiles({ name: 'old-log.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_LOG) });
    await page.getByRole('button', { name: 'Upload and continue' }).click();
    await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
    await expect(page.getByLabel('Original due date')).toHaveValue('3');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await expect(page.getByRole('heading', { name: 'Check the rows' })).toBeVisible();
    await expect(page.getByText(/Row 2, column "Due date": "31\/2\/2025" is not a date/).first()).toBeVisible();
    await expect(page.getByText(/Row 3, column "Status": "Amber-ish" is not a status/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import \d+ actions?$/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // the corrected file
    await page.getByRole('button', { name: 'Upload a corrected file' }).click();
    await page.getByLabel('CSV or Excel file').setInputFiles({ name: 'blackpool-action-log.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_LOG) });
    await page.getByRole('button', { name: 'Upload and continue' }).click();
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await expect(page.getByText('All 3 rows can be imported.', { exact: false })).toBeVisible();
    // 15/1/2025 is read as 15 January 2025, and the sign-off is linked to the February meeting
    const closedRow = page.getByRole('row').filter({ hasText: 'BB-17' });
    await expect(closedRow).toContainText('15/01/2025');
    await expect(closedRow).toContainText('11/02/2025 at Improvement Board (February) (historical record)');
    await expect(page.getByRole('row').filter({ hasText: 'Publish the scrutiny work programme' })).toContainText('Drawn on import');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import 3 actions' }).click();
    await expect(page.getByRole('status').filter({ hasText: '3 actions imported into the action log' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the action log' }).click();

    // the imported actions are marked as such in the log, with their revised dates beside the original
    await page.goto(`${BOARD(demo)}/actions?show=all`);
    await expect(page.getByRole('row').filter({ hasText: 'BB-18' }).getByText('Imported', { exact: true })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'BB-17' }).getByText('Imported', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // the signed-off action: its sign-off at the historical meeting, and its history
    await page.goto(`${BOARD(demo)}/actions/BB-17`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action BB-17');
    await expect(page.getByText(/Imported from blackpool-action-log\.csv/).first()).toBeVisible();
    const signedOff = page.getByRole('definition').filter({ hasText: 'Improvement Board (February)' });
    await expect(signedOff.getByText('Historical record', { exact: true })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Improvement Board (January)' }).getByText('Historical record')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  noCspViolations();
});
