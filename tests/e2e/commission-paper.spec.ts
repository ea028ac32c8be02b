import { type Browser } from '@playwright/test';
import PDFKit from 'pdfkit';
import { expectNoAxeViolations } from './axe';
import { linkIn, mailContaining } from './mail';
import { expect, test, signIn, watchCsp } from './support';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;

async function pdf(phrase: string): Promise<Buffer> {
  const doc = new PDFKit({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.font('Helvetica').fontSize(18).text(phrase);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

async function asPerson(browser: Browser, email: string | null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (email) await signIn(page, email);
  return { page, close: () => context.close() };
}

test('an administrator commissions a paper; the author uploads it through the emailed link; the reviewer approves it; it is circulated', async ({
  page,
  browser,
  demo,
}) => {
  test.setTimeout(240_000);
  const noCspViolations = watchCsp(page);
  const author = demo.email('ada.author@health.example');
  await signIn(page, demo.accounts.administrator);

  // ---- the administrator opens an item on the furthest coming meeting's agenda ----
  await page.goto(`${BOARD(demo)}/meetings`);
  const meetingHref = await page
    .getByRole('table', { name: 'Meetings coming up' })
    .getByRole('row')
    .filter({ has: page.getByRole('link') })
    .filter({ hasNotText: 'Cancelled' })
    .last()
    .getByRole('link')
    .first()
    .getAttribute('href');
  expect(meetingHref).toBeTruthy();
  await page.goto(meetingHref!);
  await page
    .getByRole('link', { name: /^Edit item \d+$/ })
    .last()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit agenda item');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Commission a paper for this item' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commission a paper');
  await expectNoAxeViolations(page);

  // a mistake first: someone else as author, with no name or email
  await page.getByLabel('Title of the paper').fill('Health partnership update');
  await page.getByLabel('Author', { exact: true }).selectOption({ label: 'Someone else' });
  await page.getByRole('button', { name: 'Commission the paper' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toContainText("Choose a seat holder, or enter the author's name");
  await expect(summary).toContainText("Choose a seat holder, or enter the author's email address");
  await expectNoAxeViolations(page);

  await page.getByLabel('Author’s name (if someone else)').fill('Dr Ada Author');
  await page.getByLabel('Author’s email address (if someone else)').fill(author);
  await page.getByLabel('Note to the author (optional)').fill('Two pages on the joint health offer, with the latest figures.');
  await page.getByLabel('Reviewer (optional)').selectOption({ label: 'Jordan Ellis' });
  await page.getByRole('button', { name: 'Commission the paper' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Health partnership update');
  await expect(page.getByRole('status').filter({ hasText: 'The paper was commissioned. The author has been emailed a link to upload it.' })).toBeVisible();
  await expect(page.getByText('Requested', { exact: true }).first()).toBeVisible();
  const commissionUrl = new URL(page.url()).pathname;
  await expectNoAxeViolations(page);

  // ---- the author, with no account, uploads through the emailed link ----
  const request = await mailContaining(author, 'Health partnership update');
  const link = linkIn(request.text, '/commissioned-paper?token=');
  const visitor = await asPerson(browser, null);
  await visitor.page.goto(link);
  await expect(visitor.page.getByRole('heading', { level: 1 })).toHaveText('Upload your paper: Health partnership update');
  await expect(visitor.page.getByText('Two pages on the joint health offer, with the latest figures.')).toBeVisible();
  await expect(visitor.page.getByText(/A PDF, Word \(DOCX\), Excel \(XLSX\) or PowerPoint \(PPTX\) file, smaller than/)).toBeVisible();
  await expectNoAxeViolations(visitor.page);
  // nothing chosen: the error summary says so
  await visitor.page.getByRole('button', { name: 'Upload your paper' }).click();
  await expect(visitor.page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose a file to upload');
  await expectNoAxeViolations(visitor.page);
  await visitor.page
    .getByLabel(/Your paper/)
    .setInputFiles({ name: 'health-partnership.pdf', mimeType: 'application/pdf', buffer: await pdf('Health partnership update') });
  await visitor.page.getByRole('button', { name: 'Upload your paper' }).click();
  await expect(visitor.page.getByRole('status').filter({ hasText: 'Thank you: “Health partnership update” was received' })).toBeVisible();
  await expectNoAxeViolations(visitor.page);
  // the link is spent: opened again, it says so plainly
  await visitor.page.goto(link);
  await expect(visitor.page.getByRole('heading', { level: 1 })).toHaveText('This upload link cannot be used');
  await expectNoAxeViolations(visitor.page);
  await visitor.close();

  // ---- the administrator cannot circulate before the reviewer approves ----
  await page.goto(commissionUrl);
  await expect(page.getByText('Waiting for Jordan Ellis to approve it')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Circulate the paper' })).toHaveCount(0);

  // ---- the reviewer, told by email, approves it ----
  const toReview = await mailContaining(demo.accounts.chair, 'Health partnership update');
  const reviewLink = linkIn(toReview.text, '/commissioned-papers/');
  const reviewer = await asPerson(browser, demo.accounts.chair);
  await reviewer.page.goto('/');
  await expect(reviewer.page.getByRole('link', { name: 'Review “Health partnership update” and approve it or ask for changes' })).toBeVisible();
  await reviewer.page.goto(reviewLink);
  await expect(reviewer.page.getByRole('heading', { name: 'Your review' })).toBeVisible();
  await expect(reviewer.page.getByRole('link', { name: /health-partnership\.pdf/ })).toBeVisible();
  await expectNoAxeViolations(reviewer.page);
  await reviewer.page.getByLabel('Approve it for circulation').check();
  await reviewer.page.getByRole('button', { name: 'Record my review' }).click();
  await expect(reviewer.page.getByRole('status').filter({ hasText: 'You approved the paper: it can now be circulated.' })).toBeVisible();
  await expectNoAxeViolations(reviewer.page);
  await reviewer.close();

  // ---- the administrator circulates it: it goes out as the agenda item's paper ----
  await page.goto(commissionUrl);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Circulate the paper' }).click();
  await expect(page.getByRole('status').filter({ hasText: /The paper was circulated to everyone due the meeting’s papers/ })).toBeVisible();
  await expect(page.getByText('Circulated', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'On the meeting’s papers page' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'On the meeting’s papers page' }).click();
  await expect(page.getByText('Health partnership update').first()).toBeVisible();

  // ---- the board's list and overview show it ----
  await page.goto(`${BOARD(demo)}/commissioned-papers`);
  await expect(page.getByRole('link', { name: 'Health partnership update' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(BOARD(demo));
  await expect(page.getByRole('heading', { name: 'Commissioned papers' })).toBeVisible();
  noCspViolations();
});
