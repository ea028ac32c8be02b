import type { Locator, Page } from '@playwright/test';

/** Presses Tab (as a keyboard user would) until the target has focus. */
export async function tabTo(page: Page, target: Locator, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
