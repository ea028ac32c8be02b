import { describe, expect, it } from 'vitest';
import { collectDateParts, parseDateInput } from '@/lib/forms/date';
import { dayBoxes } from '@/lib/forms/day-text';
import { requiredDay, optionalDay } from '@/lib/forms/fields';

const boxes = (day: string, month: string, year: string) => ({ day, month, year });

describe('parseDateInput: the one reading of a date from a form', () => {
  it('reads the three boxes of a GOV.UK date input as a calendar day', () => {
    expect(parseDateInput(boxes('2', '12', '2026'), 'the due date', { required: true })).toEqual({ ok: true, day: '2026-12-02' });
    expect(parseDateInput(boxes(' 02 ', '03', '2027'), 'the due date', { required: true })).toEqual({ ok: true, day: '2027-03-02' });
  });

  it('reads a day typed in one box, as tests, imports and older forms send it', () => {
    expect(parseDateInput('27/3/2026', 'the date', { required: true })).toEqual({ ok: true, day: '2026-03-27' });
    expect(parseDateInput('2026-03-27', 'the date', { required: true })).toEqual({ ok: true, day: '2026-03-27' });
    expect(parseDateInput('Friday 27th March 2026', 'the date', { required: true })).toEqual({ ok: true, day: '2026-03-27' });
  });

  it('refuses a day that is not on the calendar, never rolling it into the next month', () => {
    expect(parseDateInput(boxes('31', '2', '2027'), 'the new due date', { required: true })).toEqual({
      ok: false,
      message: 'The new due date must be a real date',
    });
    expect(parseDateInput(boxes('29', '2', '2027'), 'the date', { required: true })).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(parseDateInput(boxes('29', '2', '2028'), 'the date', { required: true })).toEqual({ ok: true, day: '2028-02-29' });
    expect(parseDateInput(boxes('1', '13', '2027'), 'the date', { required: true })).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(parseDateInput(boxes('x', '1', '2027'), 'the date', { required: true })).toEqual({ ok: false, message: 'The date must be a real date' });
    expect(parseDateInput('31/2/2027', 'the date', { required: true })).toEqual({ ok: false, message: 'The date must be a real date' });
  });

  it('says which part is missing, as GOV.UK does', () => {
    expect(parseDateInput(boxes('', '', ''), 'the due date', { required: true })).toEqual({ ok: false, message: 'Enter the due date' });
    expect(parseDateInput(boxes('2', '', '2026'), 'the due date', { required: true })).toEqual({ ok: false, message: 'The due date must include a month' });
    expect(parseDateInput(boxes('', '', '2026'), 'the due date', { required: true })).toEqual({
      ok: false,
      message: 'The due date must include a day and month',
    });
    expect(parseDateInput(boxes('2', '12', '26'), 'the due date', { required: true })).toEqual({
      ok: false,
      message: 'The year of the due date must include 4 numbers',
    });
  });

  it('keeps years the database and the calendar rules can hold', () => {
    expect(parseDateInput(boxes('1', '1', '0000'), 'the date', { required: true }).ok).toBe(false);
    expect(parseDateInput(boxes('1', '1', '2101'), 'the date', { required: true }).ok).toBe(false);
  });

  it('lets an optional date be left empty', () => {
    expect(parseDateInput(boxes('', '', ''), 'the end date', { required: false })).toEqual({ ok: true, day: null });
    expect(parseDateInput('', 'the end date', { required: false })).toEqual({ ok: true, day: null });
    expect(parseDateInput(boxes('', '4', ''), 'the end date', { required: false })).toEqual({ ok: false, message: 'The end date must include a day and year' });
  });

  it('puts the posted boxes together under the field name and keeps them for showing again', () => {
    const values = collectDateParts({ 'dueOn-day': '3', 'dueOn-month': '11', 'dueOn-year': '2026', title: 'x' });
    expect(values).toMatchObject({ dueOn: boxes('3', '11', '2026'), 'dueOn-day': '3', title: 'x' });
    // a field posted whole is left as it came
    expect(collectDateParts({ dueOn: '3/11/2026', 'dueOn-day': '1', 'dueOn-month': '1', 'dueOn-year': '2020' }).dueOn).toBe('3/11/2026');
  });

  it('is what the shared zod fields use', () => {
    expect(requiredDay('the due date').safeParse(boxes('3', '11', '2026'))).toMatchObject({ success: true, data: '2026-11-03' });
    const refused = requiredDay('the due date').safeParse(boxes('31', '11', '2026'));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('The due date must be a real date');
    expect(optionalDay('the end date').safeParse(boxes('', '', ''))).toMatchObject({ success: true, data: null });
  });
});

describe('dayBoxes: what a date input shows for its default', () => {
  it('splits a stored day, a typed day and a shown day into the three boxes', () => {
    expect(dayBoxes('2026-12-02')).toEqual({ day: '2', month: '12', year: '2026' });
    expect(dayBoxes('2/12/2026')).toEqual({ day: '2', month: '12', year: '2026' });
    expect(dayBoxes('3 Dec 2026')).toEqual({ day: '3', month: '12', year: '2026' });
  });

  it('shows empty boxes, never a stray word in the year, for anything else', () => {
    expect(dayBoxes('')).toEqual({ day: '', month: '', year: '' });
    expect(dayBoxes(null)).toEqual({ day: '', month: '', year: '' });
    expect(dayBoxes('next month')).toEqual({ day: '', month: '', year: '' });
  });
});
