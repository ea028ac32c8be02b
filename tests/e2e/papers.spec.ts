import fs from 'node:fs/promises';
import { type Browser, type Page } from '@playwright/test';
import PDFKit from 'pdfkit';
import { expectNoAxeViolations } from './axe';
import { linkIn, mailContaining } from './mail';
import { expect, test, signIn, watchCsp } from './support';
import type { DemoCopy } from '../../prisma/seed/demo-credentials';

// In order, one at a time: the first and last journeys both add papers to the furthest coming meeting.
test.describe.configure({ mode: 'default' });

const BOARD = (demo: DemoCopy) => `/${demo.northbridge}/boards/improvement-board`;

/** A real PDF, padded with a PDF comment to a few megabytes so that the upload takes long enough to watch. */
async function pdfFile(phrase: string, padMegabytes = 0): Promise<Buffer> {
  const doc = new PDFKit({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.font('Helvetica').fontSize(18).text(phrase);
  doc.end();
  await done;
  const pdf = Buffer.concat(chunks);
  return padMegabytes ? Buffer.concat([pdf, Buffer.from(`%${'x'.repeat(padMegabytes * 1024 * 1024)}\n`)]) : pdf;
}

/**
 * The papers page of a meeting that is not cancelled, from a table of the meetings page:
 * the furthest coming meeting (its deadline weeks away, whatever else other journeys
 * scheduled), or the n-th most recent past one (its deadline long gone).
 */
async function papersPageOf(page: Page, demo: DemoCopy, table: 'Meetings coming up' | 'Past meetings', which: 'last' | number): Promise<string> {
  await page.goto(`${BOARD(demo)}/meetings`);
  await expectNoAxeViolations(page);
  const rows = page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('link') })
    .filter({ hasNotText: 'Cancelled' });
  const row = which === 'last' ? rows.last() : rows.nth(which);
  const href = await row.getByRole('link').first().getAttribute('href');
  expect(href).toBeTruthy();
  return `${href}/papers`;
}

async function asPerson(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { page, close: () => context.close() };
}

async function uploadPaper(page: Page, title: string, file: { name: string; buffer: Buffer }, agendaItemIndex = 4) {
  await page.getByLabel('Agenda item').selectOption({ index: agendaItemIndex });
  await page.getByLabel('Title of the paper').fill(title);
  await page.getByLabel('Protective marking').selectOption('OFFICIAL');
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.buffer });
  await page.getByRole('button', { name: 'Upload paper' }).click();
}

test('papers: upload with progress, circulate, a late paper waits for the Chair, a member opens them', async ({ page, browser, demo }) => {
  test.setTimeout(180_000);
  const noCspViolations = watchCsp(page);
  await signIn(page, demo.accounts.administrator);

  // ---- a coming meeting, well before its deadline: upload and circulate on time ----
  const onTimePage = await papersPageOf(page, demo, 'Meetings coming up', 'last');
  await page.goto(onTimePage);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Papers');
  await expect(page.getByText('Papers due')).toBeVisible();
  await expectNoAxeViolations(page);

  // a mistake first: the form says what is missing, in the error summary, and uploads nothing
  await page.getByRole('button', { name: 'Upload paper' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toContainText("Enter the paper's title");
  await expect(summary).toContainText('Choose a file to upload');
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);

  // slow the upload down so that its progress can be seen
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
  await uploadPaper(page, 'Independent audit of case files', { name: 'Case file audit.pdf', buffer: await pdfFile('Case file audit findings', 3) });
  const progress = page.getByRole('progressbar', { name: 'Upload progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /% uploaded|Uploading/ })).toBeAttached();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded “Independent audit of case files”, version 1' })).toBeVisible({ timeout: 60_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const audit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Independent audit of case files' }) });
  await expect(audit.getByText('Not yet circulated')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Circulate papers' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Circulated 1 paper to \d+ people/ })).toBeVisible();
  await expect(audit.getByText('Circulated', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const mail = await mailContaining(demo.accounts.member, 'Independent audit of case files');
  expect(mail.subject).toMatch(/^Papers for Children's Services Improvement Board/);
  const emailedLink = linkIn(mail.text, '/files/');

  // ---- the last meeting held: its deadline is long gone, so what is circulated now is late ----
  const latePage = await papersPageOf(page, demo, 'Past meetings', 0);
  await page.goto(latePage);
  await expect(page.getByText(/The deadline passed on/)).toBeVisible();
  await expectNoAxeViolations(page);
  await uploadPaper(page, 'Late briefing note', { name: 'Late briefing note.pdf', buffer: await pdfFile('A briefing sent late') });
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded “Late briefing note”, version 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Circulate papers' }).click();
  await expect(page.getByRole('status').filter({ hasText: /marked late and needs the Chair's consent/ })).toBeVisible();
  const late = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Late briefing note' }) });
  await expect(late.getByText("Late: awaiting the Chair's consent")).toBeVisible();
  await expectNoAxeViolations(page);
  noCspViolations();

  // ---- a member sees the late paper flagged, without a way to open it yet ----
  const member = await asPerson(browser, demo.accounts.member);
  await member.page.goto(latePage);
  const lateForMember = member.page.getByRole('listitem').filter({ has: member.page.getByRole('heading', { name: 'Late briefing note' }) });
  await expect(lateForMember.getByText("Late: awaiting the Chair's consent")).toBeVisible();
  await expect(lateForMember.getByRole('link', { name: /Open Late briefing note/ })).toHaveCount(0);
  await expectNoAxeViolations(member.page);

  // ---- the Chair accepts it, with a reason ----
  const chair = await asPerson(browser, demo.accounts.chair);
  await chair.page.goto(latePage);
  await expect(chair.page.getByRole('heading', { name: 'Late papers awaiting your consent' })).toBeVisible();
  await expectNoAxeViolations(chair.page);
  const which = chair.page.getByLabel('Late paper', { exact: true });
  await which.selectOption({ label: (await which.locator('option', { hasText: 'Late briefing note' }).textContent())! });
  await chair.page.getByRole('button', { name: 'Accept the late paper' }).click();
  await expect(chair.page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the reason');
  await expectNoAxeViolations(chair.page);
  await chair.page.getByLabel('Reason for accepting it late').fill('The briefing answers a question the board asked last month.');
  await chair.page.getByRole('button', { name: 'Accept the late paper' }).click();
  await expect(chair.page.getByRole('status').filter({ hasText: 'You accepted “Late briefing note” late: it is now on the agenda' })).toBeVisible();
  const accepted = chair.page.getByRole('listitem').filter({ has: chair.page.getByRole('heading', { name: 'Late briefing note' }) });
  await expect(accepted.getByText('Late: accepted by the Chair')).toBeVisible();
  await expect(accepted.getByText(/The briefing answers a question the board asked last month/)).toBeVisible();
  await expectNoAxeViolations(chair.page);
  await chair.close();

  // ---- the member opens the accepted paper and the emailed one ----
  await member.page.reload();
  const open = lateForMember.getByRole('link', { name: 'Open Late briefing note.pdf' });
  await expect(open).toBeVisible();
  await expectNoAxeViolations(member.page);
  const [download] = await Promise.all([member.page.waitForEvent('download'), open.click()]);
  expect(download.suggestedFilename()).toBe('Late briefing note.pdf');
  const saved = await fs.readFile((await download.path())!);
  expect(saved.subarray(0, 5).toString()).toBe('%PDF-');

  const emailed = await member.page.request.get(emailedLink);
  expect(emailed.status()).toBe(200);
  expect(emailed.headers()['content-type']).toBe('application/pdf');
  expect(emailed.headers()['content-disposition']).toMatch(/^attachment; filename="Case file audit\.pdf"/);
  expect(emailed.headers()['x-content-type-options']).toBe('nosniff');

  await member.page.goto(onTimePage);
  const pack = await member.page.request.get((await member.page.getByRole('link', { name: 'Download the agenda pack (PDF)' }).getAttribute('href')) ?? '');
  expect(pack.status()).toBe(200);
  expect(pack.headers()['content-type']).toBe('application/pdf');
  expect((await pack.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoAxeViolations(member.page);
  await member.close();

  // ---- and the administrator sees who opened what ----
  await page.goto(latePage);
  await late.getByText(/Opened by 1 person/).click();
  await expect(late.getByRole('table', { name: 'Who has opened Late briefing note' })).toContainText('Sam Okafor');
  await expectNoAxeViolations(page);
});

test('a download link needs a signed-in person, and a stranger to the board gets nothing', async ({ page, browser, demo }) => {
  await signIn(page, demo.accounts.administrator);
  const papers = await papersPageOf(page, demo, 'Past meetings', 1);
  const packHref = `/api/councils${papers.replace(/\/papers$/, '/pack')}`;
  const context = await browser.newContext();
  const anonymous = await context.request.get(packHref, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers()['location']).toMatch(/^\/sign-in\?callbackUrl=/);
  await context.close();

  // Eastmoor's administrator is not a member of Northbridge: 404, not 403
  const stranger = await asPerson(browser, demo.accounts.trustAdministrator);
  expect((await stranger.page.request.get(packHref)).status()).toBe(404);
  await stranger.close();
});

test('a paper over 10 MB arrives whole: uploads stream past the proxy rather than being buffered and cut', async ({ page, demo }) => {
  await signIn(page, demo.accounts.administrator);
  const papers = await papersPageOf(page, demo, 'Meetings coming up', 'last');
  const meeting = papers.split('/').at(-2)!;
  const api = `/api/councils/${demo.northbridge}/boards/improvement-board/meetings/${meeting}`;
  const big = await pdfFile('A twelve megabyte appendix', 12);
  const res = await page.request.post(
    `${api}/papers?${new URLSearchParams({ title: 'Appendix with scanned case notes', marking: 'OFFICIAL_SENSITIVE', fileName: 'appendix.pdf' })}`,
    {
      data: big,
      headers: { 'content-type': 'application/pdf' },
      timeout: 120_000,
    },
  );
  expect(res.status()).toBe(201);
  const { data } = (await res.json()) as { data: { paperId: string; fileId: string } };
  const back = await page.request.get(`${api}/papers/${data.paperId}/files/${data.fileId}`, { timeout: 120_000 });
  expect(back.status()).toBe(200);
  const body = await back.body();
  expect(body.length).toBe(big.length);
  expect(Buffer.compare(body, big)).toBe(0);
});
