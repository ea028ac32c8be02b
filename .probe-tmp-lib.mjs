import { chromium } from '@playwright/test';
import fs from 'node:fs';
export const BASE = 'http://127.0.0.1:3750';
export async function browser() { return chromium.launch({ executablePath: '/usr/bin/chromium' }); }
export async function signIn(b, email, pw = 'demo-board-2026', width = 1280) {
  const ctx = await b.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(BASE + '/sign-in');
  await page.fill('#email', email);
  await page.fill('#password', pw);
  await Promise.all([page.waitForLoadState('networkidle'), page.click('button[type=submit]')]);
  await page.waitForTimeout(1000);
  return { ctx, page };
}
export async function shot(page, name, full = true) { const p = `/tmp/probe/shots/${name}.png`; await page.screenshot({ path: p, fullPage: full }); return p; }
export async function text(page) { return (await page.locator('main').innerText().catch(() => page.locator('body').innerText())); }
