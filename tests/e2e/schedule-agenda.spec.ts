import { type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate } from './dates';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;

/** A day some way ahead, written as people type it (3/11/2026). */
function daysAhead(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

/** The first of the month after next, so a three-month series has exactly three meetings. */
function firstOfMonthAfterNext(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  return `1/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

/**
 * Axe once the page has settled: after a server action re-renders a page, Next streams its
 * <title> back in a moment after the content, and axe rightly fails a page with no title.
 */
async function axe(page: Page) {
  await expect(page).toHaveTitle(/Tabled/);
  await expectNoAxeViolations(page);
}

const agendaHeadings = (page: Page) =>
  page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .getByRole('heading', { level: 3 })
    .allTextContents();

test('the administrator schedules a meeting and a series, builds an agenda, and the Chair agrees it', async ({ page, browser, demo }) => {
  test.setTimeout(240_000);
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  // ---------- a single meeting ----------
  await page.goto(`${BOARD(demo)}/meetings`);
  await expect(page.getByRole('heading', { name: 'Meeting schedule' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Monthly on the first Tuesday' })).toBeVisible();
  await axe(page);
  await page.getByRole('link', { name: 'Schedule a meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schedule a meeting');
  await expect(page.getByLabel('Venue')).toHaveValue('Council House, Committee Room 2');
  await axe(page);

  await page.getByLabel('Title', { exact: true }).fill('Improvement Board: extraordinary meeting');
  await page.getByLabel('Start time').fill('14:00');
  await page.getByLabel('End time').fill('16:00');
  await page.getByRole('button', { name: 'Schedule the meeting' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the date of the meeting');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Improvement Board: extraordinary meeting');
  await axe(page);
  await fillDate(page, 'Date', daysAhead(45));
  await page.getByRole('button', { name: 'Schedule the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement Board: extraordinary meeting');
  // the board opens every agenda with declarations of interest (its default)
  await expect.poll(() => agendaHeadings(page)).toEqual(['1. Declarations of interest']);
  await expect(page.getByRole('link', { name: 'Apologies and attendance' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Papers: upload and circulate' })).toBeVisible();
  const meetingUrl = new URL(page.url()).pathname;
  await axe(page);

  // ---------- the agenda: standing items in one click each, in any order ----------
  for (const label of ['Add forward plan', 'Add apologies', 'Add action log', 'Add minutes of the last meeting', 'Add risk log']) {
    const button = page.getByRole('button', { name: label });
    await button.click();
    await expect(button).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'Standing items' })).toHaveCount(0);
  await page.getByLabel('Title of the item').fill('Performance report');
  await page.getByLabel('Presenter (optional)').fill('Head of Performance and Quality Assurance');
  await page.getByLabel('Purpose').selectOption('ASSURANCE');
  await page.getByLabel('Timing in minutes (optional)').fill('20');
  await page.getByLabel('Link a risk (optional)').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Performance report” added to the agenda.' })).toBeVisible();
  await expect
    .poll(() => agendaHeadings(page))
    .toEqual([
      '1. Declarations of interest',
      '2. Welcome, introductions and apologies',
      expect.stringMatching(/^3\. Minutes of the meeting held on .+ and matters arising$/),
      '4. Action log',
      '5. Risk log',
      '6. Forward plan',
      '7. Performance report',
    ]);
  await expect(page.getByText(/^Risk R-\d+:/)).toBeVisible();
  await axe(page);

  // reorder with the keyboard: the report goes before the risk log
  await page.getByRole('button', { name: 'Move item 7 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“Performance report” moved up to item 6.' })).toBeVisible();
  await page.getByRole('button', { name: 'Move item 6 up' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => agendaHeadings(page))
    .toEqual([
      '1. Declarations of interest',
      '2. Welcome, introductions and apologies',
      expect.stringMatching(/^3\. Minutes of the meeting/),
      '4. Action log',
      '5. Performance report',
      '6. Risk log',
      '7. Forward plan',
    ]);
  await axe(page);

  // edit an item on its own page
  await page.getByRole('link', { name: 'Edit item 5' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit agenda item 5');
  await axe(page);
  await page.getByLabel('Timing in minutes (optional)').fill('25');
  await page.getByRole('button', { name: 'Save the item' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Agenda item saved.' })).toBeVisible();
  await page.getByLabel('Link an action').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Link the action' }).click();
  await expect(page.getByRole('status').filter({ hasText: /IB-\d{4}-\d{3} linked to “Performance report”/ })).toBeVisible();
  await axe(page);
  await page.getByRole('link', { name: 'Back to the meeting' }).click();
  await expect(page.getByText('For assurance · presented by Head of Performance and Quality Assurance · 25 minutes')).toBeVisible();
  await expect(page.getByText('Not yet agreed with the Chair')).toBeVisible();
  // agreeing is the Chair's, not the administrator's
  await expect(page.getByRole('button', { name: 'Agree this agenda' })).toHaveCount(0);
  await axe(page);

  // ---------- the Chair agrees it ----------
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, demo.accounts.chair);
  await chair.goto(meetingUrl);
  await expect(chair.getByRole('heading', { name: 'The Chair’s agreement' })).toBeVisible();
  await expect(chair.getByRole('button', { name: 'Move item 5 up' })).toHaveCount(0);
  await axe(chair);
  await chair.getByRole('button', { name: 'Agree this agenda' }).click();
  await expect(chair.getByRole('status').filter({ hasText: /^Agenda agreed by .+ on / })).toBeVisible();
  await expect(chair.getByText(/^Agreed with the Chair \(.+\) on /)).toBeVisible();
  await expect(chair.getByRole('button', { name: 'Agree this agenda' })).toHaveCount(0);
  await axe(chair);

  // a later change clears the agreement and says so
  await page.reload();
  await expect(page.getByText(/^Agreed with the Chair/)).toBeVisible();
  await page.getByRole('button', { name: 'Move item 5 down' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'that agreement is now cleared, so the Chair needs to agree the agenda again' })).toBeVisible();
  await expect(page.getByText(/^Not agreed: the agenda changed on .+, after the Chair agreed it on .+, so the Chair needs to agree it again$/)).toBeVisible();
  await axe(page);
  await chair.reload();
  await expect(chair.getByRole('button', { name: 'Agree this agenda' })).toBeVisible();
  await chairContext.close();

  // ---------- reschedule: a new meeting, the old one kept as cancelled ----------
  await page.getByRole('link', { name: 'Change, reschedule or cancel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change a meeting');
  await axe(page);
  await fillDate(page, 'New date', daysAhead(52));
  await page.getByLabel('Why it is moving (optional)').fill('The Independent Chair is meeting the DfE');
  await page.getByRole('button', { name: 'Reschedule the meeting' }).click();
  await expect(page.getByText(/^Moved from the meeting on /)).toBeVisible();
  await expect.poll(() => agendaHeadings(page)).toHaveLength(7);
  await axe(page);
  await page
    .getByRole('link', { name: /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/ })
    .first()
    .click();
  await expect(page.getByText(/Rescheduled to .+: The Independent Chair is meeting the DfE/)).toBeVisible();
  await expect(page.getByText(/^This meeting moved to /)).toBeVisible();
  await axe(page);

  // ---------- a recurring series ----------
  await page.goto(`${BOARD(demo)}/meetings/new/series`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Schedule a recurring series');
  await axe(page);
  await page.getByLabel('Title', { exact: true }).fill('Improvement Board themed deep dive');
  await page.getByLabel('Kind of meeting').selectOption('DEEP_DIVE');
  await page.getByLabel('Theme of the deep dive').fill('Children in care');
  await page.getByLabel('Repeats').selectOption('MONTHLY_WEEKDAY');
  await page.getByLabel('Week of the month').selectOption('3');
  await page.getByLabel('Day of the week').selectOption('TH');
  await page.getByLabel('Start time').fill('14:00');
  await page.getByLabel('End time').fill('15:30');
  await fillDate(page, 'Starting from', firstOfMonthAfterNext());
  await page.getByLabel('For how many months').fill('3');
  await page.getByRole('button', { name: 'Schedule the series' }).click();
  await expect(page.getByRole('status')).toContainText(/^3 meetings scheduled: Monthly on the third Thursday, 2pm to 3:30pm, from /);
  await axe(page);

  await page.getByRole('link', { name: 'Back to meetings' }).click();
  await expect(page.getByRole('cell', { name: 'Monthly on the third Thursday' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Meetings coming up' }).getByText('Theme: Children in care')).toHaveCount(3);
  await axe(page);

  // the schedule review: a new series restarts its count; recording a review does too
  await expect(page.getByText(/^The schedule is next due its review on .+, 6 months after the start of the current series, on /)).toBeVisible();
  await page.getByRole('button', { name: 'Record schedule reviewed' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Schedule review recorded on / })).toBeVisible();
  await axe(page);
  noCspViolations();
});

test('members see the agenda but not the administrator’s or the Chair’s forms', async ({ page, demo }) => {
  await signIn(page, demo.accounts.member);
  await page.goto(`${BOARD(demo)}/meetings`);
  await expect(page.getByRole('link', { name: 'Schedule a meeting' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record schedule reviewed' })).toHaveCount(0);
  await axe(page);
  await page.getByRole('table', { name: 'Meetings coming up' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Apologies and attendance' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Papers: upload and circulate' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Move item/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Agree this agenda' })).toHaveCount(0);
  await axe(page);
  expect((await page.goto(`${BOARD(demo)}/meetings/new`))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await axe(page);
});
