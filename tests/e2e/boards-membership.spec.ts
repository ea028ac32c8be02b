import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';

test('an administrator sets up a board, establishes it and adds members with substitutes', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  const name = `SEND Improvement Board ${Date.now()}`;
  await signIn(page, demo.accounts.administrator);
  // sign-in lands on "For you"; the council is one link away
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');
  await page.getByRole('link', { name: 'Northbridge City Council' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.northbridge}$`));
  await expectNoAxeViolations(page);

  // set up the board: a mistake first, then the form keeps what was typed
  await page.getByRole('link', { name: 'Set up a new board' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up a new board');
  await expectNoAxeViolations(page);
  await page.getByLabel('Default venue (optional)').fill('Civic Centre, Meeting Room 4');
  await page.getByLabel('Papers circulated before a meeting (working days)').fill('50');
  await page.getByRole('button', { name: 'Set up the board' }).click();
  const problem = page.getByRole('alert', { name: 'There is a problem' });
  await expect(problem).toContainText(/Enter the board.s name/);
  await expect(problem).toContainText('must be from 0 to 20');
  await expect(page.getByLabel('Default venue (optional)')).toHaveValue('Civic Centre, Meeting Room 4');
  await expectNoAxeViolations(page);

  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Papers circulated before a meeting (working days)').fill('5');
  await page.getByLabel('The board it supports').selectOption({ label: "Children's Services Improvement Board" });
  await page.getByLabel('The decision that set the board up').fill('The Improvement Board agreed to set up a SEND improvement board reporting to it.');
  await page.getByRole('button', { name: 'Set up the board' }).click();
  await expect(page).toHaveURL(new RegExp(`/${demo.northbridge}/boards/send-improvement-board-\\d+/settings`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('status').filter({ hasText: `${name} has been set up` })).toBeVisible();
  await expect(page.getByLabel('Default venue (optional)')).toHaveValue('Civic Centre, Meeting Room 4');
  await expectNoAxeViolations(page);

  // establish it, with the decision behind it
  await page.getByRole('group', { name: 'New status' }).getByRole('radio', { name: 'Established' }).check();
  await page.getByLabel('The decision behind the change').fill('Cabinet agreed to establish the SEND improvement board.');
  await page.getByRole('button', { name: 'Record the change of status' }).click();
  await expect(page.getByRole('heading', { name: 'Change the board’s status?' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, change the status' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is now established` })).toBeVisible();
  const history = page.getByRole('table', { name: 'Status history, newest first' });
  await expect(history.getByRole('row').nth(1)).toContainText('Cabinet agreed to establish the SEND improvement board.');
  await expect(history.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page);

  // a member with a new contact as substitute
  const boardNav = page.getByRole('navigation', { name: 'Board' });
  await boardNav.getByRole('link', { name: 'Membership' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membership');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Add a seat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a seat');
  await expectNoAxeViolations(page);
  await page.getByLabel('Who holds the seat').selectOption({ label: `Sam Okafor (${demo.accounts.member})` });
  await page.getByLabel('Agency', { exact: true }).fill('Northbridge City Council');
  await page.getByLabel('Position', { exact: true }).fill("Director of Children's Services");
  await page.getByLabel('Nominated substitute').selectOption('NEW');
  await page.getByLabel('Full name of a new substitute').fill('Kate Example');
  await page.getByRole('button', { name: 'Add the seat' }).click();
  await expect(page).toHaveURL(/\/membership\?added=/);
  await expect(page.getByRole('status')).toContainText('Added Sam Okafor as board member.');
  await expectNoAxeViolations(page);

  // an attendee, who needs no substitute
  await page.getByRole('link', { name: 'Add a seat' }).click();
  await page.getByLabel('Full name of someone new').fill('Lee Presenter');
  await page.getByLabel('Role on the board').selectOption('ATTENDEE');
  await page.getByLabel('Agency', { exact: true }).fill('Northbridge City Council');
  await page.getByLabel('Position', { exact: true }).fill('Head of SEND');
  await page.getByRole('button', { name: 'Add the seat' }).click();
  await expect(page.getByRole('status')).toContainText('Added Lee Presenter as attendee.');

  // a substitute who is already a member is refused, and what was typed is kept
  await page.getByRole('link', { name: 'Add a seat' }).click();
  await page.getByLabel('Who holds the seat').selectOption('NEW');
  await page.getByLabel('Full name of someone new').fill('Pat Member');
  await page.getByLabel('Agency', { exact: true }).fill('Northbridge Police');
  await page.getByLabel('Position', { exact: true }).fill('Superintendent');
  await page.getByLabel('Nominated substitute').selectOption({ label: `Sam Okafor (${demo.accounts.member})` });
  await page.getByRole('button', { name: 'Add the seat' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Sam Okafor is a member of this board, so cannot be a substitute on it');
  await expect(page.getByLabel('Full name of someone new')).toHaveValue('Pat Member');
  await expect(page.getByLabel('Position', { exact: true })).toHaveValue('Superintendent');
  await expectNoAxeViolations(page);

  // the table: members, then attendees, each with their substitute
  await boardNav.getByRole('link', { name: 'Membership' }).click();
  const tables = page.getByRole('table');
  await expect(tables.nth(0)).toHaveAccessibleName('Board members');
  await expect(tables.nth(1)).toHaveAccessibleName('Attendees');
  const sam = page.getByRole('table', { name: 'Board members' }).getByRole('row', { name: /Sam Okafor/ });
  await expect(sam).toContainText("Director of Children's Services");
  await expect(sam).toContainText('Kate Example');
  await expect(page.getByRole('table', { name: 'Attendees' }).getByRole('row', { name: /Lee Presenter/ })).toContainText('Head of SEND');
  await expect(page.getByText('Pat Member')).toHaveCount(0);
  await expect(page.getByRole('cell', { name: /Added Sam Okafor as board member/ })).toBeVisible();
  await expectNoAxeViolations(page);
  noCspViolations();
});

test('a board member sees the membership but not the settings', async ({ page, demo }) => {
  await signIn(page, demo.accounts.member);
  await page.goto(`/${demo.northbridge}/boards/improvement-board/membership`);
  await expect(page.getByRole('table', { name: 'Board members' }).getByRole('row', { name: /Jordan Ellis/ })).toContainText('Independent Chair');
  await expect(page.getByRole('link', { name: 'Add a seat' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // the attendance record: each seat over the last twelve months, and a download of it
  await page.getByRole('link', { name: 'Attendance record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attendance record');
  await expect(page.getByRole('table', { name: /^Attendance of each seat/ }).getByRole('row', { name: /Jordan Ellis/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Attendance by agency' }).getByRole('row', { name: /The whole board/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await page.request.get((await page.getByRole('link', { name: 'Download this record (CSV)' }).getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Jordan Ellis');
  expect((await page.goto(`/${demo.northbridge}/boards/improvement-board/settings`))?.status()).toBe(404);
});

test('two administrators edit one seat: the second sees both versions and loses nothing', async ({ page, context, demo }) => {
  await signIn(page, demo.accounts.administrator);
  await page.goto(`/${demo.northbridge}/boards/improvement-board/membership`);
  await page.getByRole('link', { name: 'Change the seat of Dr Mark Fenwick' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dr Mark Fenwick’s seat');
  await expectNoAxeViolations(page);
  const other = await context.newPage();
  await other.goto(page.url());

  await page.getByLabel('Position', { exact: true }).fill('Director of Public Health and Wellbeing');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByRole('status')).toContainText('position Director of Public Health → Director of Public Health and Wellbeing');

  await other.getByLabel('Agency', { exact: true }).fill('Northbridge Public Health');
  await other.getByRole('button', { name: 'Save the details' }).click();
  await expect(other.getByRole('alert', { name: 'There is a problem' })).toContainText('Someone else saved changes while you were editing');
  const theirs = other.getByRole('region', { name: 'The version saved by someone else' });
  await expect(theirs).toContainText('Director of Public Health and Wellbeing');
  await expect(other.getByLabel('Agency', { exact: true })).toHaveValue('Northbridge Public Health');
  await expectNoAxeViolations(other);
  // having seen both, they keep the other change too and save again
  await other.getByLabel('Position', { exact: true }).fill('Director of Public Health and Wellbeing');
  await other.getByRole('button', { name: 'Save the details' }).click();
  await expect(other.getByRole('status')).toContainText('agency Northbridge City Council → Northbridge Public Health');
  await other.close();

  // the substitute form refuses a member of the board, and the end and fill forms open
  await page.reload();
  await page.getByRole('link', { name: 'Change the nominated substitute' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change the nominated substitute');
  await expectNoAxeViolations(page);
  await page.getByLabel('Nominated substitute').selectOption({ label: `Jordan Ellis (${demo.accounts.chair})` });
  await page.getByRole('button', { name: 'Save the substitute' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Jordan Ellis is a member of this board');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back to the membership' }).click();
  await page.getByRole('link', { name: /Change the seat to be appointed: Secondary head teacher representative/ }).click();
  await page.getByRole('link', { name: 'Fill this seat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fill this seat');
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('link', { name: 'End this seat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('End this seat');
  await expectNoAxeViolations(page);
});
