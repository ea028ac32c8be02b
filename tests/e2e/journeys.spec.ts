import { type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-credentials';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { mailContaining } from './mail';
import { expect, test } from './support';

// Everyday journeys as a person makes them without a mouse: every step is a key press on a
// focused control (Tab order is the page's own), and without JavaScript the forms still post.
test.describe.configure({ mode: 'serial' });

const SUBSTITUTE = "Kate Dunn (Deputy Director of Children's Services)";
const substituteQuestion = `Will your substitute, ${SUBSTITUTE}, attend in your place?`;

/** Follows a link or presses a button from the keyboard. */
async function activate(control: Locator) {
  await control.focus();
  await control.press('Enter');
}

/** Chooses an option of a native select with the arrow keys. */
async function chooseWithKeys(select: Locator, value: string) {
  await select.focus();
  for (let i = 0; i < 5 && (await select.inputValue()) !== value; i++) await select.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

async function signInWithKeys(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const boardCard = (page: Page) => page.getByRole('listitem').filter({ hasText: "Children's Services Improvement Board, Northbridge City Council" }).first();

test('keyboard only: a member sends apologies with their substitute, then opens a paper', async ({ page, demo }) => {
  await signInWithKeys(page, demo.accounts.member);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');
  await expectNoAxeViolations(page);

  await activate(page.getByRole('banner').getByRole('link', { name: 'My meetings' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My meetings');
  // the reply: to send, or (if sent earlier in this run) to change
  await activate(boardCard(page).getByRole('link', { name: /^(Send apologies|Change or withdraw your apologies)/ }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apologies and attendance');
  await chooseWithKeys(page.getByLabel(substituteQuestion), 'yes');
  await page.getByLabel('Note for the administrator (optional)').fill('Chairing a safeguarding review that afternoon.');
  await activate(page.getByRole('button', { name: /^(Send apologies|Update your apologies)$/ }));
  await expect(page.getByRole('status').filter({ hasText: `${SUBSTITUTE} will attend in your place` })).toBeVisible();
  await expectNoAxeViolations(page);

  // the papers, from My meetings' own link
  await activate(page.getByRole('banner').getByRole('link', { name: 'My meetings' }));
  await activate(boardCard(page).getByRole('link', { name: /^Read the papers/ }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Papers');
  await expectNoAxeViolations(page);
  const open = page.getByRole('link', { name: /^Open / }).first();
  const fileName = (await open.textContent())!.replace(/^Open /, '').trim();
  const downloading = page.waitForEvent('download');
  await activate(open);
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  expect(await download.failure()).toBeNull();

  // the meeting page lists the papers with links for the member too, and no longer says this one is unopened
  await activate(page.getByRole('link', { name: 'Back to the meeting' }));
  // the paper's own list item (an agenda item's list item holds its papers' lists)
  const listed = page.getByRole('listitem').filter({ hasText: fileName }).last();
  await expect(listed.getByRole('link')).toHaveCount(1);
  await expect(listed).not.toContainText('Not opened yet');
  await expect(page.getByRole('link', { name: 'Download the agenda pack (PDF)' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('keyboard only: an administrator circulates the papers for the coming Improvement Board', async ({ page, demo }) => {
  await signInWithKeys(page, demo.accounts.administrator);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For you');

  // the demo's next Improvement Board meeting has papers uploaded but not yet sent: For you says so
  const task = page
    .getByRole('region', { name: 'Board administration' })
    .getByRole('listitem')
    .filter({ hasText: "Children's Services Improvement Board, Northbridge City Council" })
    .getByRole('link', { name: /^Circulate the papers for / });
  await expect(task).toBeVisible();
  await activate(task);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Papers');
  await expect(page.getByRole('region', { name: 'Circulate papers' })).toContainText(/waiting to be circulated/);
  await expectNoAxeViolations(page);

  const waiting = page.getByRole('listitem').filter({ hasText: 'Not yet circulated' });
  const title = (await waiting.first().getByRole('heading', { level: 4 }).textContent())!.trim();
  expect(title).not.toBe('');

  // Tab through the page, in its own order, to the one button that sends them
  await tabTo(page, page.getByRole('button', { name: 'Circulate papers', exact: true }));
  await page.keyboard.press('Enter');
  const result = page.getByRole('status').filter({ hasText: /^Circulated \d+ papers? to \d+ people/ });
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();
  await expect(result).not.toContainText('to 0 people');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) })).not.toContainText(
    'Not yet circulated',
  );
  await expectNoAxeViolations(page);

  // a member of the board is sent the papers, the new one marked as such
  const mail = await mailContaining(demo.accounts.member, `${title} (`);
  expect(mail.subject).toMatch(/^Papers for Children.s Services Improvement Board, /);
  expect(mail.text).toContain('[new]');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a member sends apologies through the plain form', async ({ page, demo }) => {
    await signInWithKeys(page, demo.accounts.member);
    await page.goto('/my-meetings');
    await activate(boardCard(page).getByRole('link', { name: /^(Send apologies|Change or withdraw your apologies)/ }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apologies and attendance');
    await chooseWithKeys(page.getByLabel(substituteQuestion), 'yes');
    const note = `Sent without JavaScript at ${Date.now()}`;
    await page.getByLabel('Note for the administrator (optional)').fill(note);
    await activate(page.getByRole('button', { name: /^(Send apologies|Update your apologies)$/ }));
    await expect(page.getByText(`${SUBSTITUTE} will attend in your place`).first()).toBeVisible();
    // the page the post answered with shows what was saved
    await page.reload();
    await expect(page.getByLabel('Note for the administrator (optional)')).toHaveValue(note);
  });

  test('an administrator saves a minutes draft through the plain form', async ({ page, demo }) => {
    await signInWithKeys(page, demo.accounts.administrator);
    // the Executive Group's earlier meetings have minutes still in draft
    await page.goto(`/${demo.northbridge}/boards/executive-group/meetings`);
    const meetings = await page
      .locator('main a[href*="/meetings/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /\/meetings\/[0-9a-f-]{36}$/.test(p)))]);
    let found = false;
    for (const meeting of meetings) {
      await page.goto(`${meeting}/minutes`);
      if ((await page.getByRole('button', { name: 'Save draft' }).count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found, 'a meeting with minutes in draft').toBe(true);
    const discussion = page.getByLabel('Item 1: discussion summary');
    const text = `Members noted the update (saved without JavaScript, ${Date.now()}).`;
    await discussion.fill(text);
    await activate(page.getByRole('button', { name: 'Save draft' }));
    await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Item 1: discussion summary')).toHaveValue(text);
  });
});
