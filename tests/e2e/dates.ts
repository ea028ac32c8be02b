import { expect, type Locator, type Page } from '@playwright/test';

const parts = (typed: string) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (!m) return { day: typed, month: '', year: '' };
  return typed.includes('/') ? { day: m[1]!, month: m[2]!, year: m[3]! } : { day: m[3]!, month: m[2]!, year: m[1]! };
};

/** Types a day ("31/2/2027", as people say it) into a GOV.UK date input's three boxes, found by its legend. */
export async function fillDate(scope: Page | Locator, legend: string, typed: string) {
  const group = scope.getByRole('group', { name: legend, exact: true });
  const p = parts(typed);
  await group.getByLabel('Day').fill(p.day);
  await group.getByLabel('Month').fill(p.month);
  await group.getByLabel('Year').fill(p.year);
}

/** The three boxes hold this day, as typed. */
export async function expectDate(scope: Page | Locator, legend: string, typed: string) {
  const group = scope.getByRole('group', { name: legend, exact: true });
  const p = parts(typed);
  await expect(group.getByLabel('Day')).toHaveValue(p.day);
  await expect(group.getByLabel('Month')).toHaveValue(p.month);
  await expect(group.getByLabel('Year')).toHaveValue(p.year);
}
