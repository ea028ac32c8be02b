import type { FieldSpec } from '@/components/form/field-list';
import { labelOptions } from '../labels';
import { boardKinds, reportingBodies, ruleSettingNames, ruleSettings, RISK_APPETITE, QUORUM_MAX } from './schema';

// The board forms' fields, shared by the new-board page and the settings page so both
// ask the same questions in the same words.
const yesNo = (yes: string, no: string) => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

export function boardDetailFields(parents: { id: string; name: string }[], defaults: Record<string, string>): FieldSpec[] {
  const d = (name: string) => defaults[name] ?? '';
  return [
    { name: 'name', label: 'Name', hint: 'For example, Children’s Services Improvement Board', defaultValue: d('name') },
    { name: 'kind', label: 'Kind of board', type: 'select', options: labelOptions('boardKind', boardKinds), defaultValue: d('kind') },
    {
      name: 'parentBoardId',
      label: 'The board it supports',
      type: 'select',
      hint: 'An Executive Group supports the Improvement Board and reports to it',
      options: [{ value: '', label: 'None' }, ...parents.map((p) => ({ value: p.id, label: p.name }))],
      defaultValue: d('parentBoardId'),
    },
    {
      name: 'isPublic',
      label: 'Public or private',
      type: 'select',
      options: yesNo('Public: publishes its agenda, papers and minutes', 'Private'),
      defaultValue: d('isPublic'),
    },
    { name: 'defaultVenue', label: 'Default venue (optional)', hint: 'For example, Council House, Committee Room 2', defaultValue: d('defaultVenue') },
    {
      name: 'virtualAttendance',
      label: 'Virtual attendance',
      type: 'select',
      options: yesNo('Members may attend virtually', 'In person only'),
      defaultValue: d('virtualAttendance'),
    },
    {
      name: 'advisory',
      label: 'Decisions',
      type: 'select',
      hint: 'Decisions are taken by others; the board makes recommendations',
      options: yesNo('Advisory: decisions are taken by others', 'The board takes its own decisions'),
      defaultValue: d('advisory') || 'false',
    },
    {
      name: 'declarationsStandingItem',
      label: 'Declarations of interest',
      type: 'select',
      hint: 'A standing first item on every new meeting’s agenda, where members declare interests in the business',
      options: yesNo('Every agenda opens with declarations of interest', 'No standing item for declarations'),
      defaultValue: d('declarationsStandingItem') || 'true',
    },
  ];
}

export function boardRuleFields(defaults: Record<string, string>): FieldSpec[] {
  const d = (name: string) => defaults[name] ?? '';
  return [
    ...ruleSettingNames.map((name): FieldSpec => {
      const r = ruleSettings[name];
      return { name, label: r.label, hint: `From ${r.min} to ${r.max}; the usual is ${r.fallback}`, width: 'half', defaultValue: d(name) };
    }),
    {
      name: 'quorumRule',
      label: 'Quorum',
      type: 'select',
      defaultValue: d('quorumRule'),
      options: [
        { value: 'NONE', label: 'None: the Chair decides whether enough members are present' },
        { value: 'MINIMUM', label: 'A minimum number of members present' },
      ],
    },
    {
      name: 'quorumMinimum',
      label: 'Minimum number of members present',
      hint: `Only for a minimum quorum: from 1 to ${QUORUM_MAX}`,
      width: 'half',
      defaultValue: d('quorumMinimum'),
    },
    {
      name: 'riskAppetiteScore',
      label: 'Risk appetite score',
      hint: `From ${RISK_APPETITE.min} to ${RISK_APPETITE.max}: risks scoring above it are flagged`,
      width: 'half',
      defaultValue: d('riskAppetiteScore'),
    },
  ];
}

export const reportingLineFields = (boardId: string): FieldSpec[] => [
  { name: 'boardId', label: '', type: 'hidden', defaultValue: boardId },
  { name: 'body', label: 'Reports to', type: 'select', options: labelOptions('reportingBody', reportingBodies) },
  { name: 'lineName', label: 'Name of the body (optional)', hint: 'Leave blank for the usual name, or the parent board’s name' },
  { name: 'frequency', label: 'How often (optional)', hint: 'For example, quarterly', width: 'half' },
];
