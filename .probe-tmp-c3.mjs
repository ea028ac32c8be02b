import { browser, signIn, shot, text, BASE } from './.probe-tmp-lib.mjs';
const b = await browser();
const { page } = await signIn(b, 'board.admin@look.northbridge.example');
const NEW = BASE + '/northbridge-look/boards/improvement-board/commissioned-papers/new?agendaItem=8c5aa8d5-d44b-470f-a58b-945f2134b682';
const names = await (async () => { await page.goto(NEW); return page.locator('main input, main select, main textarea').evaluateAll(es => es.map(e => e.type + ':' + e.name + '#' + e.id)); })();
console.log(names.join('\n'));
async function attempt(label, fill) {
  await page.goto(NEW); await page.waitForLoadState('networkidle');
  await fill();
  await page.click('text=Commission the paper'); await page.waitForTimeout(2500);
  const t = await text(page);
  const focus = await page.evaluate(() => { const a = document.activeElement; return a.tagName + '#' + a.id + ' ' + (a.textContent || '').slice(0, 60); });
  const i = t.indexOf('There is a problem');
  console.log(`\n=== ${label}\nURL ${page.url()}\nFOCUS ${focus}\n${i >= 0 ? t.slice(i, i + 700) : t.slice(0, 700)}`);
  await shot(page, 'c-' + label);
}
const day = (d, m, y) => async () => { await page.fill('input[name="dueOn-day"], input[id$="dueOn-day"]', d).catch(()=>{}); };
await attempt('empty', async () => { await page.fill('input[name=title]', ''); for (const s of ['Day','Month','Year']) await page.getByLabel(s, { exact: true }).fill(''); });
await attempt('bad-email', async () => { await page.fill('input[name=authorName]', 'Outside Author'); await page.fill('input[name=authorEmail]', 'not-an-email@'); });
await attempt('after-deadline', async () => { await page.selectOption('select[name=authorPersonId]', { label: 'Sam Okafor, Director of Children\'s Services' }); await page.getByLabel('Day', { exact: true }).fill('25'); });
await attempt('past', async () => { await page.selectOption('select[name=authorPersonId]', { label: 'Sam Okafor, Director of Children\'s Services' }); await page.getByLabel('Day', { exact: true }).fill('1'); });
await attempt('invalid-date', async () => { await page.selectOption('select[name=authorPersonId]', { label: 'Sam Okafor, Director of Children\'s Services' }); await page.getByLabel('Day', { exact: true }).fill('31'); await page.getByLabel('Month', { exact: true }).fill('2'); await page.getByLabel('Year', { exact: true }).fill('2027'); });
await attempt('long-title', async () => { await page.selectOption('select[name=authorPersonId]', { label: 'Sam Okafor, Director of Children\'s Services' }); await page.fill('input[name=title]', 'X'.repeat(301)); });
await attempt('no-email-seat', async () => { await page.selectOption('select[name=authorPersonId]', { index: 1 }); });
await attempt('both-seat-and-other', async () => { await page.selectOption('select[name=authorPersonId]', { label: 'Sam Okafor, Director of Children\'s Services' }); await page.fill('input[name=authorName]', 'Outsider'); await page.fill('input[name=authorEmail]', 'bogus'); });
await b.close();
