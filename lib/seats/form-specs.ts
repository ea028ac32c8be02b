import type { FieldSpec } from '@/components/form/field-list';
import { formatDay } from '../format';
import { NEW_PERSON, VACANT } from './schema';
import { roleOptions } from './labels';

// The membership forms' fields, shared by the add page and the seat's pages.
type Person = { id: string; name: string; email: string | null };
type Meeting = { id: string; title: string; startsAt: Date };

const personOptions = (people: Person[]) => people.map((p) => ({ value: p.id, label: p.email ? `${p.name} (${p.email})` : p.name }));

export const holderFields = (people: Person[], opts: { vacancy: boolean }): FieldSpec[] => [
  {
    name: 'personChoice',
    label: 'Who holds the seat',
    type: 'select',
    hint: 'A member of the council or a contact already on a board, someone new, or nobody yet',
    options: [
      { value: '', label: 'Choose a person' },
      ...(opts.vacancy ? [{ value: VACANT, label: 'To be appointed (a vacancy)' }] : []),
      { value: NEW_PERSON, label: 'Someone new: enter their name below' },
      ...personOptions(people),
    ],
  },
  { name: 'newPersonName', label: 'Full name of someone new', hint: 'An external contact; they need no account' },
  { name: 'newPersonEmail', label: 'Email address of someone new (optional)', type: 'email', autoComplete: 'off' },
];

export const detailFields = (defaults: Record<string, string> = {}): FieldSpec[] => [
  { name: 'role', label: 'Role on the board', type: 'select', options: roleOptions, defaultValue: defaults.role ?? 'MEMBER' },
  { name: 'agency', label: 'Agency', hint: 'For example, Northbridge Police', defaultValue: defaults.agency },
  { name: 'position', label: 'Position', hint: 'For example, Chief Superintendent', defaultValue: defaults.position },
  {
    name: 'startsOn',
    type: 'date',
    label: 'Start date (optional)',
    defaultValue: defaults.startsOn,
    // a new seat with no date starts today (a vacancy has none); an edited seat keeps what the field says
    hint: defaults.seatId ? 'For example, 27/3/2026' : 'For example, 27/3/2026. Blank: today for a person, none for a vacancy',
  },
];

export const substituteFields = (people: Person[], defaults: Record<string, string> = {}): FieldSpec[] => [
  {
    name: 'substituteChoice',
    label: 'Nominated substitute',
    type: 'select',
    hint: 'One named person who attends in the member’s place; not a member of this board',
    defaultValue: defaults.substituteChoice,
    options: [{ value: '', label: 'No substitute yet' }, { value: NEW_PERSON, label: 'Someone new: enter their name below' }, ...personOptions(people)],
  },
  { name: 'newSubstituteName', label: 'Full name of a new substitute' },
  { name: 'newSubstituteEmail', label: 'Email address of a new substitute (optional)', type: 'email', autoComplete: 'off' },
];

export const agreedField = (meetings: Meeting[]): FieldSpec => ({
  name: 'agreedAtMeetingId',
  label: 'Agreed by the board at',
  type: 'select',
  hint: 'Changes to membership are agreed by the board. Leave as not yet agreed to record the agreement later',
  options: [{ value: '', label: 'Not yet agreed at a meeting' }, ...meetings.map((m) => ({ value: m.id, label: `${m.title}, ${formatDay(m.startsAt)}` }))],
});
