import { browser, signIn, shot, text, BASE } from './.probe-tmp-lib.mjs';
const b = await browser();
const { page } = await signIn(b, 'board.admin@look.northbridge.example');
const M = '/northbridge-look/boards/improvement-board/meetings/9f4b6b1b-802f-49f3-8532-b57d34f04652';
for (const u of [M, '/northbridge-look/boards/improvement-board/commissioned-papers', '/northbridge-look/boards/improvement-board/forward-plan']) {
await page.goto(BASE + u);
console.log('#####', page.url()); console.log((await text(page)).slice(0, 3000));
const links = await page.locator('main a, main button').evaluateAll(as => as.map(a => a.tagName+' '+a.textContent.trim().slice(0,80) + ' -> ' + a.getAttribute('href')));
console.log(links.join('\n'));
}
await b.close();
