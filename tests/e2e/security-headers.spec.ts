import crypto from 'node:crypto';
import { expect, test, signIn } from './support';

// Issue 15, findings 1, 8 and 9, against the built app behind its own front door.

test('route handlers, the calendar feed and a bad address get their security headers', async ({ request, demo }) => {
  const pack = await request.get(`/api/councils/${demo.northbridge}/boards/x/meetings/${crypto.randomUUID()}/pack`, { maxRedirects: 0 });
  expect(pack.headers()['content-security-policy']).toMatch(/default-src 'none'/);
  expect(pack.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(pack.headers()['x-content-type-options']).toBe('nosniff');

  const feed = await request.get(`/api/calendar/${crypto.randomBytes(32).toString('base64url')}`);
  expect(feed.status()).toBe(404);
  expect(feed.headers()['referrer-policy']).toBe('no-referrer');
  expect((await request.get('/sign-in')).headers()['referrer-policy']).toBe('same-origin');

  const bad = await request.get('/%ff%fe');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-security-policy']).toMatch(/default-src 'none'/);
  expect(bad.headers()['x-frame-options']).toBe('DENY');
  expect(bad.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
});

test('a server action posted from another site is refused, even naming itself in X-Forwarded-Host', async ({ request, baseURL }) => {
  const action = { 'Next-Action': 'a'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' };
  const forged = await request.post('/sign-in/email', {
    headers: { ...action, Origin: 'http://evil.example', 'X-Forwarded-Host': 'evil.example' },
    data: '[]',
  });
  expect(forged.status()).toBe(403);
  // the same request from the site itself reaches Next (an unknown action, not a refusal)
  const own = await request.post('/sign-in/email', { headers: { ...action, Origin: baseURL! }, data: '[]' });
  expect(own.status()).not.toBe(403);
});

test('sign-in never sends you off the site, however the address is written', async ({ page, baseURL, demo }) => {
  await signIn(page, demo.accounts.member);
  for (const callback of ['%2F%09%2Fevil.example%2Fphish', '%2F%0A%2Fevil.example', '%2F%0D%2Fevil.example', '%E3%80%80', '%2F%5Cevil.example']) {
    const response = await page.goto(`/sign-in?callbackUrl=${callback}`);
    expect(response?.status(), callback).toBeLessThan(500);
    expect(new URL(page.url()).origin, callback).toBe(new URL(baseURL!).origin);
  }
});
