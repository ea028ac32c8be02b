import type { FieldSpec } from '@/components/form/field-list';
import { formatDay } from '../format';
import { UPDATE_STATUSES } from '../rules/action-log';
import { label } from '../labels';

// The action log's form fields, shared by the new-action, details and action pages.
type Seat = { id: string; position: string; agency: string; person: { name: string } | null };
type Meeting = { id: string; title: string; startsAt: Date };

const seatLabel = (s: Seat) => `${s.person ? `${s.person.name}, ` : ''}${s.position} (${s.agency})${s.person ? '' : ', to be appointed'}`;
const meetingOptions = (meetings: Meeting[]) => meetings.map((m) => ({ value: m.id, label: `${m.title}, ${formatDay(m.startsAt)}` }));

export const detailFields = (seats: Seat[], meetings: Meeting[], defaults: Record<string, string> = {}): FieldSpec[] => [
  { name: 'description', label: 'Action', type: 'textarea', hint: 'What is to be done, as the board agreed it', defaultValue: defaults.description },
  {
    name: 'ownerSeatId',
    label: 'Owner',
    type: 'select',
    defaultValue: defaults.ownerSeatId,
    hint: 'A seat on the board answers for the action. If a partner agency owns it instead, leave this and name the agency below',
    options: [{ value: '', label: 'Choose a seat, or name a partner agency below' }, ...seats.map((s) => ({ value: s.id, label: seatLabel(s) }))],
  },
  {
    name: 'ownerAgency',
    label: 'Partner agency (if no seat owns it)',
    hint: 'For example, Northbridge Integrated Care Board',
    defaultValue: defaults.ownerAgency,
  },
  {
    name: 'sourceMeetingId',
    label: 'Raised at (optional)',
    type: 'select',
    defaultValue: defaults.sourceMeetingId,
    hint: 'The meeting at which the board agreed the action',
    options: [{ value: '', label: 'Not raised at a meeting' }, ...meetingOptions(meetings)],
  },
];

export const dueField = (defaultValue?: string): FieldSpec => ({
  name: 'dueOn',
  type: 'date',
  label: 'Due date',
  hint: 'For example, 30 4 2026',
  defaultValue,
});

export const progressFields = (actionId: string, status: string): FieldSpec[] => [
  { name: 'actionId', label: '', type: 'hidden', defaultValue: actionId },
  { name: 'body', label: 'Progress update', type: 'textarea', hint: 'What has been done since the last update, and what is next' },
  {
    name: 'statusAfter',
    label: 'Status after this update',
    type: 'select',
    defaultValue: '',
    hint: 'The board closes an action by signing it off at a meeting: choose “awaiting sign-off” when the work is complete',
    options: [
      { value: '', label: `No change (${label('actionStatus', status).toLowerCase()})` },
      ...UPDATE_STATUSES.filter((s) => s !== status).map((s) => ({ value: s, label: label('actionStatus', s) })),
    ],
  },
];

/** `seenProposal`: the waiting proposal the page shows (see `proposalToken`), '' when none waits. */
export const proposeFields = (actionId: string, seenProposal: string): FieldSpec[] => [
  { name: 'actionId', label: '', type: 'hidden', defaultValue: actionId },
  { name: 'seenProposal', label: '', type: 'hidden', defaultValue: seenProposal },
  { name: 'proposedDueOn', type: 'date', label: 'New due date', hint: 'For example, 31 5 2026. It counts only once the board agrees it at a meeting' },
  { name: 'reason', label: 'Reason for the new date', type: 'textarea', hint: 'Why the action needs more (or less) time' },
];

export const agreeFields = (actionId: string, version: number, revisionId: string, meetings: Meeting[]): FieldSpec[] => [
  { name: 'actionId', label: '', type: 'hidden', defaultValue: actionId },
  { name: 'version', label: '', type: 'hidden', defaultValue: String(version) },
  { name: 'revisionId', label: '', type: 'hidden', defaultValue: revisionId },
  {
    name: 'agreedAtMeetingId',
    label: 'Agreed by the board at',
    type: 'select',
    hint: 'A meeting of this board that has taken place since the date was proposed',
    options: [{ value: '', label: 'Choose a meeting' }, ...meetingOptions(meetings)],
  },
];

export const signOffFields = (actionId: string, version: number, meetings: Meeting[]): FieldSpec[] => [
  { name: 'actionId', label: '', type: 'hidden', defaultValue: actionId },
  { name: 'version', label: '', type: 'hidden', defaultValue: String(version) },
  {
    name: 'signedOffAtMeetingId',
    label: 'Signed off by the board at',
    type: 'select',
    hint: 'A meeting of this board that has taken place since the action was raised. Once signed off, the action is closed and cannot be changed',
    options: [{ value: '', label: 'Choose a meeting' }, ...meetingOptions(meetings)],
  },
  { name: 'signOffNote', label: 'Evidence or note (optional)', type: 'textarea', hint: 'For example, the evidence the board saw' },
];

export const dropFields = (actionId: string): FieldSpec[] => [
  { name: 'actionId', label: '', type: 'hidden', defaultValue: actionId },
  { name: 'droppedReason', label: 'Why the action is dropped', type: 'textarea', hint: 'For example, superseded by improvement plan action PM1.3' },
];
