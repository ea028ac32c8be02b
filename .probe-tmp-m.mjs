import { browser, signIn, shot, text, BASE } from './.probe-tmp-lib.mjs';
const b = await browser();
const { page } = await signIn(b, 'board.admin@look.northbridge.example');
await page.goto(BASE + '/northbridge-look/admin/mail');
console.log(await text(page)); await shot(page, 'mail-1280');
await page.setViewportSize({ width: 320, height: 800 }); await page.reload(); await shot(page, 'mail-320');
console.log('sw', await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
await b.close();
