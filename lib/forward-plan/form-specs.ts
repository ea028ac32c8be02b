import type { FieldSpec } from '@/components/form/field-list';
import { forwardPlanKindLabels, forwardPlanKinds } from './schema';

type Defaults = Record<string, string | null | undefined>;

export function forwardPlanFields(defaults: Defaults, meetings: { value: string; label: string }[]): FieldSpec[] {
  const d = (name: string) => defaults[name] ?? '';
  return [
    {
      name: 'meetingId',
      label: 'Meeting',
      type: 'select',
      hint: 'The meeting that will take the item',
      defaultValue: d('meetingId'),
      options: [...meetings, { value: '', label: 'A meeting not yet scheduled' }],
    },
    {
      name: 'kind',
      label: 'Kind of item',
      type: 'select',
      defaultValue: d('kind') || 'REPORT',
      options: forwardPlanKinds.map((k) => ({ value: k, label: forwardPlanKindLabels[k] })),
    },
    { name: 'title', label: 'Title', hint: 'For example, Deep dive: children missing education, or Annual fostering report', defaultValue: d('title') },
    { name: 'presenter', label: 'Presenter (optional)', hint: 'For example, Head of Fostering', defaultValue: d('presenter') },
  ];
}
