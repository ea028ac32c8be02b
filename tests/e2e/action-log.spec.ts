import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate, expectDate } from './dates';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const LOG = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board/actions`;
const ACTION_TEXT = 'Bring the findings of the independent threshold review to the next Board.';

/** A day about three months ahead, as people type it (d/m/yyyy), and as the page shows it (d Mon yyyy). */
function dayAhead(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  const typed = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
  );
  return { typed, shown };
}

test('action log: a member updates their action and proposes a new date; the administrator cannot yet record it as agreed, and records the sign-off', async ({
  page,
  browser,
  demo,
}) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.member);

  // the log, narrowed to the member's own actions
  await page.goto(LOG(demo));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action log');
  await expectNoAxeViolations(page);
  await page.getByLabel('My actions').check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/mine=1/);
  await expect(page.getByRole('status').filter({ hasText: /actions? \(open, yours\)/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /CSV/ })).toHaveAttribute('href', /export\.csv\?.*mine=1/);
  await expect(page.getByRole('link', { name: /Excel/ })).toHaveAttribute('href', /export\.xlsx\?.*mine=1/);
  await expectNoAxeViolations(page);

  // the downloads hold the filtered rows: one line per action counted on the screen
  const count = Number(
    (await page
      .getByRole('status')
      .filter({ hasText: /actions? \(open, yours\)/ })
      .textContent())!.match(/^(\d+)/)![1],
  );
  const csvHref = (await page.getByRole('link', { name: /CSV/ }).getAttribute('href'))!;
  const csv = await page.request.get(csvHref);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toContain('"Reference","Action","Owner","Due date"');
  expect(lines.filter((l) => /^"IB-\d{4}-\d{3}"/.test(l))).toHaveLength(count);
  const xlsx = await page.request.get((await page.getByRole('link', { name: /Excel/ }).getAttribute('href'))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

  const row = page.getByRole('row').filter({ hasText: ACTION_TEXT });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Action IB-\d{4}-\d{3}$/);
  const actionUrl = page.url();
  await expect(page.getByText(ACTION_TEXT)).toBeVisible();
  // a member reports progress and proposes dates; recording the board's decisions is not theirs
  await expect(page.getByRole('heading', { name: 'Sign off as complete' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Drop this action' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // a progress update: forgetting the text first keeps the chosen status and says what is wrong
  const update = page.getByRole('region', { name: 'Add a progress update' });
  await update.getByLabel('Status after this update').selectOption('AWAITING_SIGN_OFF');
  await update.getByRole('button', { name: 'Add the update' }).click();
  await expect(update.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the progress update');
  await expect(update.getByLabel('Status after this update')).toHaveValue('AWAITING_SIGN_OFF');
  await expectNoAxeViolations(page);
  const body = 'The review has reported. Its findings and the service response are in the pack for the next Board.';
  await update.getByLabel('Progress update').fill(body);
  await update.getByRole('button', { name: 'Add the update' }).click();
  await expect(update.getByRole('status')).toContainText('its status is now awaiting sign-off');
  await expect(page.getByRole('list', { name: 'Progress updates, newest first' }).getByRole('listitem').first()).toContainText(body);
  await expectNoAxeViolations(page);

  // a new date: an impossible date is refused and the reason typed is kept
  const { typed, shown } = dayAhead(90);
  const propose = page.getByRole('region', { name: 'Propose a new due date' });
  const reason = 'The Board asked for the service response to be tested with partners before it is presented.';
  await fillDate(propose, 'New due date', '31/2/2027');
  await propose.getByLabel('Reason for the new date').fill(reason);
  await propose.getByRole('button', { name: 'Propose the new date' }).click();
  await expect(propose.getByRole('alert', { name: 'There is a problem' })).toContainText('The new due date must be a real date');
  await expect(propose.getByLabel('Reason for the new date')).toHaveValue(reason);
  await expectDate(propose, 'New due date', '31/2/2027');
  await expectNoAxeViolations(page);
  await fillDate(propose, 'New due date', typed);
  await propose.getByRole('button', { name: 'Propose the new date' }).click();
  await expect(propose.getByRole('status')).toContainText(`New due date of ${shown} proposed`);
  const proposal = page.getByRole('region', { name: 'Proposed new due date: not yet agreed' });
  await expect(proposal).toContainText(shown);
  await expect(proposal).toContainText(reason);
  await expect(proposal.getByRole('button', { name: 'Record the new date as agreed' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // the proposal shows in the log beside the date that still counts
  await page.goto(`${LOG(demo)}?awaiting=1`);
  await expect(page.getByRole('row').filter({ hasText: ACTION_TEXT })).toContainText(`Proposed: ${shown}`);
  await expectNoAxeViolations(page);
  noCspViolations();

  // the administrator would record the board agreeing it, but only a meeting that ended
  // after the date was proposed can have agreed it: the demo board's meetings were all
  // held before, so the page says so instead of offering one of them
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.accounts.administrator);
  await admin.goto(actionUrl);
  const agree = admin.getByRole('region', { name: 'Proposed new due date: not yet agreed' });
  await expect(agree).toContainText(shown);
  await expect(agree.getByRole('heading', { name: 'Record the board’s agreement' })).toBeVisible();
  await expect(agree).toContainText('No meeting of this board has taken place since this date was proposed');
  await expect(agree.getByLabel('Agreed by the board at')).toHaveCount(0);
  await expect(agree.getByRole('button', { name: 'Record the new date as agreed' })).toHaveCount(0);
  await expectNoAxeViolations(admin);
  // the work is done: the board signs it off at the meeting that raised it, the only one
  // offered (a meeting that ended before the action was raised could not have)
  const signOff = admin.getByRole('region', { name: 'Sign off as complete' });
  await expect(signOff.getByLabel('Signed off by the board at').getByRole('option')).toHaveCount(2);
  await signOff.getByLabel('Signed off by the board at').selectOption({ index: 1 });
  await signOff.getByRole('button', { name: 'Record the sign-off' }).click();
  // a step that cannot be undone is confirmed first, and the question takes focus
  await expect(signOff.getByRole('heading', { name: /^Record the sign-off of IB-/ })).toBeFocused();
  await signOff.getByRole('button', { name: 'Yes, record the sign-off' }).click();
  await expect(admin.getByRole('status')).toContainText('The action has been signed off as complete and closed.');
  await expect(admin.getByRole('heading', { name: 'Proposed new due date: not yet agreed' })).toHaveCount(0);
  await expectNoAxeViolations(admin);
  await adminContext.close();

  // another council's administrator is answered 404, for the page and for the download
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, demo.accounts.trustAdministrator);
  expect((await other.request.get(`${LOG(demo)}/export.csv`)).status()).toBe(404);
  expect((await other.request.get(`${LOG(demo)}/export.xlsx`)).status()).toBe(404);
  expect((await other.goto(actionUrl))?.status()).toBe(404);
  await expectNoAxeViolations(other);
  await otherContext.close();
});
