import { type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';

// One journey in order: the member's apologies are what the administrator then sees.
test.describe.configure({ mode: 'serial' });

const SUBSTITUTE = "Kate Dunn (Deputy Director of Children's Services)";
let attendancePath = '';

/** The Improvement Board's entry on My meetings (the member also chairs the Executive Group). */
const boardCard = (page: Page) => page.getByRole('listitem').filter({ hasText: "Children's Services Improvement Board, Northbridge City Council" }).first();

test('a member sends apologies with their substitute, and sees it on My meetings', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.member);
  await page.getByRole('link', { name: 'My meetings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My meetings');
  await expect(boardCard(page)).toContainText(/send apologies by|deadline .* has passed/);
  await expectNoAxeViolations(page);

  await boardCard(page)
    .getByRole('link', { name: /^Send apologies/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apologies and attendance');
  await expect(page.getByText('You are expected at this meeting.')).toBeVisible();
  attendancePath = new URL(page.url()).pathname;
  await expectNoAxeViolations(page);

  // a mistake first: the form asks, rather than guessing, whether the substitute attends
  await page.getByRole('button', { name: 'Send apologies' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Say whether your substitute will attend');
  await expectNoAxeViolations(page);

  await page.getByLabel(`Will your substitute, ${SUBSTITUTE}, attend in your place?`).selectOption('yes');
  await page.getByLabel('Note for the administrator (optional)').fill('At the regional DCS network that morning.');
  await page.getByRole('button', { name: 'Send apologies' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${SUBSTITUTE} will attend in your place` })).toBeVisible();
  await expect(page.getByText(/You sent apologies on/)).toBeVisible();
  await expect(page.getByLabel(`Will your substitute, ${SUBSTITUTE}, attend in your place?`)).toHaveValue('yes');
  await expect(page.getByRole('button', { name: 'Withdraw your apologies' })).toBeVisible();
  await expectNoAxeViolations(page);

  // add to calendar: one meeting, for whoever may see it
  const ics = await page.request.get(`${attendancePath.replace(/\/attendance$/, '')}/calendar.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT\r\n[\s\S]*END:VCALENDAR\r\n$/);
  await expect(page.getByRole('link', { name: 'Add this meeting to your calendar' })).toBeVisible();

  await page.getByRole('link', { name: 'My meetings' }).click();
  await expect(boardCard(page)).toContainText(`Your substitute, ${SUBSTITUTE}, is confirmed to attend in your place.`);
  await expectNoAxeViolations(page);
  noCspViolations();
});

test('the member makes, uses and stops a calendar feed', async ({ page, request, demo }) => {
  await signIn(page, demo.accounts.member);
  await page.goto('/my-meetings');
  await page.getByRole('link', { name: 'Get these meetings in your own calendar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your calendar feed');
  await expect(page.getByText('You do not have a calendar address.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create a calendar address' }).click();
  const shown = page.getByRole('status').filter({ hasText: 'Copy your new calendar address' });
  await expect(shown).toBeVisible();
  const url = (await shown.innerText()).match(/https?:\/\/\S+\/api\/calendar\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(url).toBeTruthy();
  await expect(page.getByRole('button', { name: 'Replace your calendar address' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a calendar app fetches it without signing in
  const feed = await request.get(url!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const body = await feed.text();
  expect(body).toContain('BEGIN:VCALENDAR');
  expect(body).toContain("SUMMARY:Children's Services Improvement Board");

  await page.getByRole('button', { name: 'Stop your calendar feed' }).click();
  await expect(page.getByText('You do not have a calendar address.')).toBeVisible();
  expect((await request.get(url!)).status()).toBe(404);
  await expectNoAxeViolations(page);
});

test('the administrator sees who is coming and records attendance', async ({ page, demo }) => {
  expect(attendancePath, 'the member journey found the meeting').not.toBe('');
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);
  await page.goto(attendancePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apologies and attendance');
  const replies = page.getByRole('table', { name: 'Replies for each seat' });
  await expect(replies.getByRole('row').filter({ hasText: "Director of Children's Services" })).toContainText(
    `Apologies (substitute attending: ${SUBSTITUTE})`,
  );
  await expect(page.getByText("Substitutes attending in a member's place")).toBeVisible();
  await expect(page.getByText(/You can record attendance from/)).toBeVisible();
  await expectNoAxeViolations(page);

  // a reply taken by phone
  await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Cllr Priya Raman, Leader of the Council' });
  await page.getByLabel('Their reply').selectOption('APOLOGIES_WITH_SUBSTITUTE');
  await page.getByLabel('Note (optional)', { exact: true }).fill('Phoned the office');
  await page.getByRole('button', { name: 'Record reply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Apologies from Cllr Priya Raman' })).toBeVisible();
  await expect(replies.getByRole('row').filter({ hasText: 'Leader of the Council' })).toContainText('Apologies (substitute attending: Cllr Tom Haskett');
  await expectNoAxeViolations(page);

  // attendance is recorded at or after the meeting: the last meeting held
  await page.goto(`/${demo.northbridge}/boards/improvement-board/meetings`);
  const last = page.getByRole('table', { name: 'Past meetings' }).getByRole('link').first();
  await page.goto(`${await last.getAttribute('href')}/attendance`);
  await expect(page.getByRole('heading', { name: 'Record attendance' })).toBeVisible();
  await expect(page.getByText('This board has no quorum: the Chair decides whether enough members are present.')).toBeVisible();
  await expectNoAxeViolations(page);
  const dcs = page.getByLabel("Sam Okafor, Director of Children's Services");
  const next = (await dcs.inputValue()) === 'VIRTUAL' ? 'PRESENT' : 'VIRTUAL';
  await dcs.selectOption(next);
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Attendance saved for 1 seat.' })).toBeVisible();
  await expect(page.getByLabel("Sam Okafor, Director of Children's Services")).toHaveValue(next);
  await expectNoAxeViolations(page);
  noCspViolations();
});

test('the public page of the Improvement Board shows coming meetings and no OFFICIAL papers', async ({ page, demo }) => {
  const noCspViolations = watchCsp(page);
  await page.goto(`/public/${demo.northbridge}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boards that publish their meetings');
  await expect(page.getByRole('link', { name: 'Improvement Executive Group' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: "Children's Services Improvement Board" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Children's Services Improvement Board");
  const coming = page.getByRole('region', { name: 'Coming meetings' });
  expect(await coming.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // the only papers listed are the ones the demo marks PUBLIC; nothing OFFICIAL at all
  const main = page.locator('main');
  expect(await main.innerText()).not.toMatch(/OFFICIAL/i);
  const papers = main.locator('a[href*="/papers/"]');
  expect(await papers.count()).toBeGreaterThan(0);
  for (const text of await papers.allInnerTexts()) expect(text).toMatch(/^(Performance report: contacts and referrals|Voice of children and families)/);
  // the demo stores a real PDF for each paper: a public one downloads for anyone
  const download = await page.request.get((await papers.first().getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');

  // a private board is not there at all
  const privateBoard = await page.goto(`/public/${demo.northbridge}/executive-group`);
  expect(privateBoard?.status()).toBe(404);
  await expectNoAxeViolations(page);
  noCspViolations();
});
