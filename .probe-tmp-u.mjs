import { browser, signIn, shot, text, BASE } from './.probe-tmp-lib.mjs';
const tok = '7b511ed6-ec0e-4ca0-92d3-27a9640c4ebc.424c06ee-4b12-407c-96f8-c98943b8020c.reviews.DsLZsfGZyjVnF7WoUR4xnk1wcdPsUZk8vchK0-2RbNg';
const b = await browser();
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } }); const page = await ctx.newPage();
// GET one-click URL
let r = await page.request.get(BASE + '/unsubscribe/reminders/one-click?token=' + tok, { maxRedirects: 0 });
console.log('one-click GET', r.status(), r.headers()['location'], (await r.text()).slice(0, 300));
await page.goto(BASE + '/unsubscribe/reminders?token=' + tok);
console.log('PAGE:', await text(page)); await shot(page, 'unsub-page');
// check prefs still on for dcs
{ const s = await signIn(b, 'dcs@look.northbridge.example'); await s.page.goto(BASE + '/account/notifications');
  console.log('dcs reviews immediate before button:', await s.page.isChecked('#c0-reviews')); await s.ctx.close(); }
await page.click('main button'); await page.waitForTimeout(2000);
console.log('AFTER BUTTON:', await text(page)); await shot(page, 'unsub-done');
{ const s = await signIn(b, 'dcs@look.northbridge.example'); await s.page.goto(BASE + '/account/notifications');
  console.log('dcs reviews off after button:', await s.page.isChecked('#c0-reviews-2')); await s.ctx.close(); }
// again
await page.goto(BASE + '/unsubscribe/reminders?token=' + tok); await page.click('main button'); await page.waitForTimeout(2000);
console.log('SECOND PRESS:', (await text(page)).slice(0, 500));
// tampered
await page.goto(BASE + '/unsubscribe/reminders?token=' + tok.replace('reviews', 'papers-missing'));
console.log('TAMPER PAGE:', (await text(page)).slice(0, 500));
if (await page.locator('main button').count()) { await page.click('main button'); await page.waitForTimeout(1500); console.log('TAMPER PRESS:', (await text(page)).slice(0, 500)); }
await shot(page, 'unsub-tamper');
await page.goto(BASE + '/unsubscribe/reminders');
console.log('NO TOKEN:', (await text(page)).slice(0, 500));
// POST one-click with the admin's token
const tok2 = '7b511ed6-ec0e-4ca0-92d3-27a9640c4ebc.378aa8ea-f2e9-4595-b1b5-5e52767a3a1d.minutes-distribution.N8S0xyfOvJdfCp-mtwUy2GBP0Fz0gT0CzthJTwfVR1s';
r = await page.request.post(BASE + '/unsubscribe/reminders/one-click?token=' + tok2, { form: { 'List-Unsubscribe': 'One-Click' } });
console.log('one-click POST', r.status(), (await r.text()).slice(0, 300));
r = await page.request.post(BASE + '/unsubscribe/reminders/one-click?token=garbage', { form: { 'List-Unsubscribe': 'One-Click' } });
console.log('one-click POST bad', r.status(), (await r.text()).slice(0, 300));
await page.setViewportSize({ width: 320, height: 800 });
await page.goto(BASE + '/unsubscribe/reminders?token=' + tok); await shot(page, 'unsub-320');
await b.close();
