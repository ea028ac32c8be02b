import { type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { linkIn, mailContaining } from './mail';
import { expect, test, signIn, watchCsp } from './support';
import { fillDate } from './dates';
import { tabTo } from './keyboard';
import { moveServerClockPast, resetServerClock } from './server-clock';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

// One journey in order: the last corrects the minutes the first distributed.
test.describe.configure({ mode: 'serial' });

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;
const COMMENT = 'Item 4: please record the recommendation to Cabinet on social work capacity, and the action on caseloads.';
const RECOMMENDATION = 'Fund four additional social worker posts in the front door from April.';
const ACTION = 'Report caseloads by team to the next meeting.';

// the minutes the first journey approves and distributes; the keyboard journey corrects them
let approvedMinutesUrl = '';
test.afterAll(resetServerClock);

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /Saved at (\d{1,2}(:\d\d)?[ap]m|midday|midnight)/ });

// The demo's latest Improvement Board meeting has its minutes with the Chair. The Chair
// returns them with comments; the administrator works on the draft (it saves as typed,
// and a colleague's clashing save is reconciled without losing either side) and sends
// it again; the Chair approves; the administrator distributes; a member reads them from
// the email. Starting minutes from a meeting's agenda is covered by the integration tests.
test('minutes: returned with comments, redrafted and sent, approved by the Chair, distributed and read by a member', async ({ browser, demo }) => {
  test.setTimeout(180_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const noCspViolations = watchCsp(admin);
  await signIn(admin, demo.accounts.administrator);

  // the board overview lists minutes waiting for the Chair
  await admin.goto(BOARD(demo));
  const minutesPanel = admin.getByRole('region', { name: 'Minutes', exact: true });
  await expect(minutesPanel).toContainText('Awaiting the Chair');
  await expectNoAxeViolations(admin);
  await minutesPanel.getByRole('list').first().getByRole('link').first().click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('Minutes:');
  await expect(admin.getByText('With the Chair for approval.')).toBeVisible();
  await expectNoAxeViolations(admin);
  const minutesUrl = new URL(admin.url()).pathname;
  approvedMinutesUrl = minutesUrl;

  // the Chair returns them with comments (a blank comment is refused first)
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, demo.accounts.chair);
  await chair.goto(minutesUrl);
  await expect(chair.getByRole('heading', { name: 'Approve as the Chair' })).toBeVisible();
  await expectNoAxeViolations(chair);
  await chair.getByRole('button', { name: 'Return to the administrator' }).click();
  await expect(chair.getByRole('alert', { name: 'There is a problem' })).toContainText('Say what needs changing');
  await expectNoAxeViolations(chair);
  await chair.getByLabel('What needs changing').fill(COMMENT);
  await chair.getByRole('button', { name: 'Return to the administrator' }).click();
  await expect(chair.getByRole('status').filter({ hasText: 'Returned to the administrator' })).toBeVisible();
  await expectNoAxeViolations(chair);

  // the administrator sees the comments and redrafts
  await admin.reload();
  await expect(admin.getByRole('region', { name: 'The Chair’s comments' })).toContainText(COMMENT);
  await admin.getByRole('button', { name: 'Add a decision or recommendation to item 4' }).click();
  const recommendation = admin.getByRole('group', { name: /^Item 4, decision or recommendation \d+$/ }).last();
  await recommendation.getByLabel('Type').selectOption('RECOMMENDATION');
  await recommendation.getByLabel('What was decided or recommended').fill(RECOMMENDATION);
  await recommendation.getByLabel('Who decides (for a recommendation)').selectOption('Cabinet');
  await admin.getByRole('button', { name: 'Add an action to item 4' }).click();
  const action = admin.getByRole('group', { name: 'Item 4, action 1' });
  await action.getByLabel('What is to be done').fill(ACTION);
  await action.getByLabel('Owner').selectOption({ index: 1 });
  await action.getByLabel('Due date').fill('2027-01-29');
  await expect(saved(admin)).toBeVisible();
  await expectNoAxeViolations(admin);

  // a colleague (a second tab) saves a change to item 1; the administrator's next change to it clashes
  const colleague = await adminContext.newPage();
  await colleague.goto(minutesUrl);
  const theirs = 'Apologies were received from the Chief Constable, represented by the Detective Superintendent.';
  await colleague.getByLabel('Item 1: discussion summary').fill(theirs);
  await expect(saved(colleague)).toBeVisible();
  await colleague.close();
  const mine = 'Apologies were received from the Chief Constable.';
  await admin.getByLabel('Item 1: discussion summary').fill(mine);
  const clash = admin.getByRole('region', { name: 'Someone else saved changes' });
  await expect(clash).toContainText(theirs);
  await expect(clash).toContainText(mine);
  await expect(admin.getByLabel('Item 1: discussion summary')).toHaveValue(mine);
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Use their version of item 1' }).click();
  await expect(clash).toBeHidden();
  await expect(admin.getByLabel('Item 1: discussion summary')).toHaveValue(theirs);
  await expect(saved(admin)).toBeVisible();

  await admin.getByRole('button', { name: 'Send to the Chair' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Sent to the Chair for approval' })).toBeVisible();
  await expectNoAxeViolations(admin);

  // the Chair approves exactly what was sent; the action goes into the action log
  await chair.goto(minutesUrl);
  await expect(chair.getByText(RECOMMENDATION)).toBeVisible();
  await expect(chair.getByText('Recommendation to Cabinet:')).toBeVisible();
  await chair.getByRole('button', { name: /^Approve version \d+$/ }).click();
  await expect(chair.getByRole('heading', { name: /^Approve version \d+ of these minutes\?$/ })).toBeFocused();
  await chair.getByRole('button', { name: /^Yes, approve version \d+$/ }).click();
  await expect(chair.getByRole('status').filter({ hasText: 'Approved.' })).toContainText('One action was added to the action log');
  await expect(chair.getByRole('table', { name: 'Actions arising from item 4' })).toContainText(/IB-\d{4}-\d{3}/);
  await expect(chair.getByText(/SHA-256 of the minutes as approved\. The text below matches it\./)).toBeVisible();
  await expectNoAxeViolations(chair);
  await chairContext.close();

  // the administrator distributes them to the members
  await admin.reload();
  await admin.getByRole('button', { name: 'Distribute the minutes' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Distributed to the members by email' })).toBeVisible();
  await expectNoAxeViolations(admin);
  noCspViolations();
  await adminContext.close();

  // a member reads them from the email, and downloads the PDF with the approval line
  // (the member may have had a reminder too: the minutes' own mail)
  const mail = await mailContaining(demo.accounts.member, '/minutes');
  expect(mail.subject).toMatch(/^Minutes: /);
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signIn(member, demo.accounts.member);
  await member.goto(linkIn(mail.text, '/minutes'));
  await expect(member.getByRole('heading', { level: 1 })).toContainText('Minutes:');
  await expect(member.getByText(/Distributed on/)).toBeVisible();
  await expect(member.getByText(RECOMMENDATION)).toBeVisible();
  await expect(member.getByRole('button', { name: /Approve/ })).toHaveCount(0);
  await expectNoAxeViolations(member);
  const pdfLink = member.getByRole('link', { name: /Download version \d+ as PDF/ });
  const pdf = await member.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await memberContext.close();
});

function londonParts(at: Date) {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
}

/**
 * The next whole minute in London as people type it (26/11/2026, 14:05), and an end time
 * on the same day: an hour later, or 23:59 late in the evening. A start of 23:59 would
 * leave no later minute that day, so the meeting then starts at midnight instead.
 */
function nextMeetingSlotInLondon() {
  let at = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
  if (londonParts(at).hour === '23' && londonParts(at).minute === '59') at = new Date(at.getTime() + 60_000);
  const parts = londonParts(at);
  const hour = Number(parts.hour);
  const end = hour >= 23 ? '23:59' : `${String(hour + 1).padStart(2, '0')}:${parts.minute}`;
  return { at, date: `${parts.day}/${parts.month}/${parts.year}`, time: `${parts.hour}:${parts.minute}`, end };
}

// Minutes start from the agenda of a meeting once it has begun. The demo has no such
// meeting without minutes, so the administrator schedules one on the Executive Group for
// the next minute, gives it an agenda, and writes its minutes as soon as it starts.
test('minutes: the administrator starts the minutes from the agenda of a meeting that has begun, and sends them to the Chair', async ({
  page,
  browser,
  demo,
}) => {
  test.setTimeout(180_000);
  const start = nextMeetingSlotInLondon();
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);
  await page.goto(`/${demo.northbridge}/boards/executive-group/meetings`);
  await page.getByRole('link', { name: 'Schedule a meeting' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Executive Group: briefing on the monitoring visit');
  await fillDate(page, 'Date', start.date);
  await page.getByLabel('Start time').fill(start.time);
  await page.getByLabel('End time').fill(start.end);
  await page.getByRole('button', { name: 'Schedule the meeting' }).click();
  // a meeting a minute away has missed its deadlines: the administrator is told which, and goes ahead
  const question = page.getByRole('region', { name: 'Schedule this meeting at short notice?' });
  await expect(question).toContainText('The deadline for papers was the end of');
  // it lists what was given, not the fields an ordinary meeting leaves empty
  await expect(question).toContainText('Executive Group: briefing on the monitoring visit');
  await expect(question).not.toContainText('Theme of the deep dive');
  await expect(question.getByRole('heading', { level: 2 })).toBeFocused();
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: 'Yes, schedule it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Executive Group: briefing on the monitoring visit');
  const meetingUrl = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Add apologies' }).click();
  await expect(page.getByRole('button', { name: 'Add apologies' })).toHaveCount(0);
  await page.getByLabel('Title of the item').fill('Monitoring visit letter');
  await page.getByLabel('Purpose').selectOption('ASSURANCE');
  await page.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Monitoring visit letter/ })).toBeVisible();

  // before the meeting begins there is nothing to minute
  await page.goto(`${meetingUrl}/minutes`);
  await expect(page.getByText('This meeting has not taken place yet.')).toBeVisible();
  // the meeting begins: the server's clock is moved past its start rather than waited for
  moveServerClockPast(start.at);

  await page.goto(meetingUrl);
  await page.getByRole('link', { name: 'Write the minutes' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the minutes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Minutes started' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '2. Monitoring visit letter' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a colleague has the editor open without JavaScript (a plain form) while the draft changes
  const noJsContext = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  const noJs = await noJsContext.newPage();
  await noJs.goto(new URL(page.url()).pathname);
  await expect(noJs.getByLabel('Item 1: discussion summary')).toBeVisible();

  const discussion = 'The Director summarised the letter. Inspectors found improved management oversight.';
  await page.getByLabel('Item 2: discussion summary').fill(discussion);
  await expect(saved(page)).toBeVisible();

  // their save clashes: the page comes back with what they typed and both versions, not the stored draft
  const typedWithoutJs = 'Apologies were received from the Director of Education.';
  await noJs.getByLabel('Item 1: discussion summary').fill(typedWithoutJs);
  await noJs.getByRole('button', { name: 'Save draft' }).click();
  await expect(noJs.getByRole('region', { name: 'Someone else saved changes' })).toContainText(discussion);
  await expect(noJs.getByLabel('Item 1: discussion summary')).toHaveValue(typedWithoutJs);
  await expect(noJs.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
  // axe runs as a script, which this page cannot: check the page it was served, scripts
  // removed (so nothing re-renders it), in a tab that can run axe
  const served = (await noJs.content()).replace(/<script\b[\s\S]*?<\/script>/g, '');
  const snapshotUrl = `${noJs.url().split('?')[0]}?no-javascript-snapshot`;
  await noJsContext.close();
  const snapshot = await page.context().newPage();
  await snapshot.route(snapshotUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: served }));
  await snapshot.goto(snapshotUrl);
  await expect(snapshot.getByRole('region', { name: 'Someone else saved changes' })).toBeVisible();
  await expectNoAxeViolations(snapshot);
  await snapshot.close();

  await page.getByRole('button', { name: 'Add a decision or recommendation to item 2' }).click();
  const recommendation = page.getByRole('group', { name: 'Item 2, decision or recommendation 1' });
  await recommendation.getByLabel('Type').selectOption('RECOMMENDATION');
  await recommendation.getByLabel('What was decided or recommended').fill('Share the letter with the Improvement Board.');
  // sending with the decision maker missing is refused, naming the field
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'Send to the Chair' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('say who decides on recommendation 1');
  // the refusal shows beside the field too, and the summary links to it
  await expect(recommendation.getByText(/say who decides on recommendation 1/)).toBeVisible();
  await expect(page.getByRole('alert', { name: 'There is a problem' }).getByRole('link')).toHaveAttribute('href', '#decision-2-1-maker');
  await expectNoAxeViolations(page);
  await recommendation.getByLabel('Who decides (for a recommendation)').selectOption('Full Council');
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'Send to the Chair' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the Chair for approval' })).toBeVisible();
  await expect(page.getByText('Recommendation to Full Council:')).toBeVisible();
  await expectNoAxeViolations(page);
  noCspViolations();
});

// Keyboard only, no mouse: the administrator starts a correction of the distributed minutes
// and sends it; the Chair approves it through the confirmation step. Focus moves to the
// question, then to the result, never to the top of the page.
test('minutes, keyboard only: the Chair approves a correction through the confirmation step', async ({ browser, demo }) => {
  expect(approvedMinutesUrl, 'needs the minutes the first journey distributed').toBeTruthy();
  test.setTimeout(120_000);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.accounts.administrator);
  await admin.goto(approvedMinutesUrl);
  await tabTo(admin, admin.getByRole('button', { name: 'Start a correction' }));
  await admin.keyboard.press('Enter');
  await expect(admin.getByRole('status').filter({ hasText: 'Correction started' })).toBeFocused();
  await tabTo(admin, admin.getByRole('button', { name: 'Send to the Chair' }));
  await admin.keyboard.press('Enter');
  await expect(admin.getByRole('status').filter({ hasText: 'Sent to the Chair for approval' })).toBeVisible();
  await adminContext.close();

  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, demo.accounts.chair);
  await chair.goto(approvedMinutesUrl);
  const approve = chair.getByRole('button', { name: /^Approve version \d+$/ });
  await tabTo(chair, approve);
  await chair.keyboard.press('Enter');
  // the question takes focus; the next Tab is its confirming button
  await expect(chair.getByRole('heading', { name: /^Approve version \d+ of these minutes\?$/ })).toBeFocused();
  await expectNoAxeViolations(chair);
  await chair.keyboard.press('Tab');
  await expect(chair.getByRole('button', { name: /^Yes, approve version \d+$/ })).toBeFocused();
  await chair.keyboard.press('Enter');
  // the result has focus, not <body>
  await expect(chair.getByRole('status').filter({ hasText: 'Approved.' })).toBeFocused();
  await expect(chair.getByText(/Approved by .+, on /).first()).toBeVisible();
  await expectNoAxeViolations(chair);
  await chairContext.close();
});
