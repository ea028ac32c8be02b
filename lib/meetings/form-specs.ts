import type { FieldSpec } from '@/components/form/field-list';
import { labelOptions } from '../labels';
import { MAX_MONTH_DAY, MONTH_NAMES, WEEKDAYS } from '../rules/meeting-series';
import { purposes } from './agenda/schema';
import { meetingKinds, SERIES_MAX_MONTHS } from './schema';

// The meeting and agenda forms' fields, shared by the pages that schedule, edit and build
// agendas, so each asks the same questions in the same words.

const weekdayNames: Record<(typeof WEEKDAYS)[number], string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday' };

type Defaults = Record<string, string | null | undefined>;
const valueOf = (defaults: Defaults) => (name: string) => defaults[name] ?? '';

export function meetingDetailFields(defaults: Defaults): FieldSpec[] {
  const d = valueOf(defaults);
  return [
    { name: 'title', label: 'Title', hint: 'As it will appear on the agenda and in calendars', defaultValue: d('title') },
    { name: 'kind', label: 'Kind of meeting', type: 'select', options: labelOptions('meetingKind', meetingKinds), defaultValue: d('kind') || 'ORDINARY' },
    { name: 'theme', label: 'Theme of the deep dive', hint: 'Only for a themed deep dive, for example Children in care', defaultValue: d('theme') },
    { name: 'venue', label: 'Venue', hint: 'Leave blank if the venue is to be confirmed', defaultValue: d('venue') },
    {
      name: 'virtualLink',
      label: 'Virtual meeting link (optional)',
      hint: 'A web address starting https://',
      autoComplete: 'off',
      defaultValue: d('virtualLink'),
    },
  ];
}

const timeFields = (d: (name: string) => string, names = { start: 'startTime', end: 'endTime' }): FieldSpec[] => [
  {
    name: names.start,
    label: 'Start time',
    hint: 'London time on the 24-hour clock, for example 10:00',
    width: 'half',
    defaultValue: d(names.start) || '10:00',
  },
  { name: names.end, label: 'End time', hint: 'For example, 12:00', width: 'half', defaultValue: d(names.end) || '12:00' },
];

export function singleMeetingFields(boardId: string, defaults: Defaults): FieldSpec[] {
  const d = valueOf(defaults);
  return [
    { name: 'boardId', label: '', type: 'hidden', defaultValue: boardId },
    ...meetingDetailFields(defaults),
    { name: 'date', type: 'date', label: 'Date', hint: 'For example, 3 11 2026', defaultValue: d('date') },
    ...timeFields(d),
  ];
}

export function seriesFields(boardId: string, defaults: Defaults): FieldSpec[] {
  const d = valueOf(defaults);
  return [
    { name: 'boardId', label: '', type: 'hidden', defaultValue: boardId },
    ...meetingDetailFields(defaults),
    {
      name: 'repeats',
      label: 'Repeats',
      type: 'select',
      defaultValue: d('repeats') || 'MONTHLY_WEEKDAY',
      options: [
        { value: 'MONTHLY_WEEKDAY', label: 'Monthly on a weekday, for example the first Tuesday' },
        { value: 'MONTHLY_DAY', label: 'Monthly on a day of the month, for example the 15th' },
        { value: 'WEEKLY', label: 'Weekly' },
        { value: 'FORTNIGHTLY', label: 'Every two weeks' },
        { value: 'FOUR_WEEKLY', label: 'Every four weeks' },
      ],
    },
    {
      name: 'week',
      label: 'Week of the month',
      hint: 'For a monthly meeting on a weekday',
      type: 'select',
      defaultValue: d('week') || '1',
      options: [
        { value: '', label: 'Not needed' },
        { value: '1', label: 'First' },
        { value: '2', label: 'Second' },
        { value: '3', label: 'Third' },
        { value: '4', label: 'Fourth' },
        { value: '-1', label: 'Last' },
      ],
    },
    {
      name: 'weekday',
      label: 'Day of the week',
      hint: 'For every pattern except a day of the month',
      type: 'select',
      defaultValue: d('weekday') || 'TU',
      options: [{ value: '', label: 'Not needed' }, ...WEEKDAYS.map((w) => ({ value: w, label: weekdayNames[w] }))],
    },
    {
      name: 'monthDay',
      label: 'Day of the month',
      hint: `For a monthly meeting on a day of the month: 1 to ${MAX_MONTH_DAY}. A weekend or bank holiday moves to the next working day.`,
      width: 'half',
      defaultValue: d('monthDay'),
    },
    {
      name: 'every',
      label: 'Every how many weeks or months',
      hint: 'Leave at 1 for every week or every month; 2 with monthly is every two months, 3 with weekly every three weeks',
      width: 'short',
      inputMode: 'numeric',
      defaultValue: d('every') || '1',
    },
    {
      name: 'inMonths',
      label: 'Only in these months (optional)',
      hint: 'For a monthly pattern on a board that meets a few times a year, like March, July and November. Leave all unticked to meet in every month.',
      type: 'checkboxes',
      options: MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name })),
      defaultValues: [],
    },
    ...timeFields(d),
    { name: 'startsOn', type: 'date', label: 'Starting from', hint: 'The first day a meeting may fall on, for example 1 11 2026', defaultValue: d('startsOn') },
    {
      name: 'months',
      label: 'For how many months',
      hint: `Meetings are created for this period, up to ${SERIES_MAX_MONTHS} months`,
      width: 'half',
      defaultValue: d('months') || '12',
    },
  ];
}

export function rescheduleFields(meetingId: string): FieldSpec[] {
  const d = valueOf({});
  return [
    { name: 'meetingId', label: '', type: 'hidden', defaultValue: meetingId },
    { name: 'newDate', type: 'date', label: 'New date', hint: 'For example, 10 11 2026' },
    ...timeFields(d, { start: 'newStartTime', end: 'newEndTime' }),
    { name: 'rescheduleReason', label: 'Why it is moving (optional)', type: 'textarea' },
  ];
}

export const purposeOptions = labelOptions('itemPurpose', purposes);

export function agendaItemFields(defaults: Defaults): FieldSpec[] {
  const d = valueOf(defaults);
  return [
    { name: 'title', label: 'Title of the item', defaultValue: d('title') },
    { name: 'presenter', label: 'Presenter (optional)', hint: 'For example, Director of Children’s Services', defaultValue: d('presenter') },
    { name: 'purpose', label: 'Purpose', type: 'select', options: purposeOptions, defaultValue: d('purpose') || 'INFORMATION' },
    { name: 'durationMinutes', label: 'Timing in minutes (optional)', hint: 'For example, 20', width: 'half', defaultValue: d('durationMinutes') },
  ];
}

export type LinkOptions = {
  actions: { id: string; reference: string; description: string }[];
  risks: { id: string; reference: string; title: string }[];
  planActions: { id: string; reference: string; description: string }[];
};

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export const linkChoices = (options: LinkOptions) => ({
  actionId: options.actions.map((a) => ({ value: a.id, label: `${a.reference}: ${clip(a.description)}` })),
  riskId: options.risks.map((r) => ({ value: r.id, label: `${r.reference}: ${clip(r.title)}` })),
  planActionId: options.planActions.map((p) => ({ value: p.id, label: `${p.reference}: ${clip(p.description)}` })),
});

export const linkLabels = { actionId: 'Link an action', riskId: 'Link a risk', planActionId: 'Link a plan action' } as const;

/** A meeting held before the board came to Tabled, recorded as history. */
export function historicalMeetingFields(boardId: string, defaults: Defaults): FieldSpec[] {
  const d = valueOf(defaults);
  return [
    { name: 'boardId', label: '', type: 'hidden', defaultValue: boardId },
    { name: 'title', label: 'Title', hint: 'As the board’s records name it', defaultValue: d('title') },
    { name: 'kind', label: 'Kind of meeting', type: 'select', options: labelOptions('meetingKind', meetingKinds), defaultValue: d('kind') || 'ORDINARY' },
    { name: 'date', type: 'date', label: 'Date it was held', hint: 'Before today, for example 14 3 2025', defaultValue: d('date') },
    ...timeFields(d),
    { name: 'venue', label: 'Venue (optional)', defaultValue: d('venue') },
    { name: 'present', label: 'Present (optional)', type: 'textarea', rows: 4, hint: 'One name a line, as the minutes list them', defaultValue: d('present') },
    { name: 'apologies', label: 'Apologies (optional)', type: 'textarea', rows: 3, hint: 'One name a line', defaultValue: d('apologies') },
    { name: 'absent', label: 'Absent (optional)', type: 'textarea', rows: 2, hint: 'One name a line', defaultValue: d('absent') },
    {
      name: 'minutes',
      label: 'Minutes (optional)',
      type: 'textarea',
      rows: 10,
      hint: 'The minutes as the board approved them, pasted as text. They are kept as a historical record, not sent to the Chair again.',
      defaultValue: d('minutes'),
    },
    { name: 'decisions', label: 'Decisions (optional)', type: 'textarea', rows: 4, hint: 'One decision a line', defaultValue: d('decisions') },
  ];
}
