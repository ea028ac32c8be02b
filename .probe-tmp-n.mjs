import { browser, signIn, shot, text, BASE } from './.probe-tmp-lib.mjs';
const b = await browser();
const { page } = await signIn(b, 'board.admin@look.northbridge.example');
await page.goto(BASE + '/account/notifications');
await page.check('#c0-apologies-1'); await page.check('#c0-reviews-2');
await page.click('text=Save reminders for Northbridge City Council');
await page.waitForTimeout(2000);
console.log('AFTER SAVE:', (await text(page)).slice(0, 600));
await shot(page, 'notif-saved');
await page.reload(); await page.waitForLoadState('networkidle');
console.log('apologies digest checked after reload:', await page.isChecked('#c0-apologies-1'), 'reviews off:', await page.isChecked('#c0-reviews-2'));
// save again unchanged
await page.click('text=Save reminders for Northbridge City Council'); await page.waitForTimeout(2000);
console.log('UNCHANGED SAVE:', (await text(page)).slice(0, 500));
// inject mandatory kind
await page.reload(); await page.waitForLoadState('networkidle');
await page.evaluate(() => {
  const f = document.querySelector('#c0-form');
  for (const [n, v] of [['papers-missing', 'OFF'], ['minutes-approval', 'DIGEST']]) { const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); }
});
await page.click('text=Save reminders for Northbridge City Council'); await page.waitForTimeout(2000);
console.log('MANDATORY OFF:', (await text(page)).slice(0, 800));
await shot(page, 'notif-mandatory');
// bogus value
await page.reload(); await page.waitForLoadState('networkidle');
await page.evaluate(() => { const i = document.querySelector('#c0-apologies-2'); i.value = 'WEEKLY'; i.checked = true; });
await page.click('text=Save reminders for Northbridge City Council'); await page.waitForTimeout(2000);
console.log('BOGUS VALUE:', (await text(page)).slice(0, 800));
await shot(page, 'notif-bogus');
// 320px
await page.setViewportSize({ width: 320, height: 800 }); await page.reload(); await page.waitForLoadState('networkidle');
await shot(page, 'notif-320');
const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
console.log('scrollWidth/clientWidth at 320', sw);
await b.close();
