import type { FieldSpec } from '@/components/form';
import { labelOptions } from '@/lib/labels';

type Option = { value: string; label: string };
export type MeasureValues = {
  title: string;
  unit: string;
  target: string;
  direction: string;
  tolerance: string;
  actionIds: string[];
  themeIds: string[];
  version?: string;
  measureId?: string;
};

/** A measure's definition and the themes and actions it evidences, for the add and change pages. */
export function measureFields(initial: MeasureValues, themes: Option[], actions: Option[]): FieldSpec[] {
  return [
    ...(initial.measureId ? [{ name: 'measureId', label: '', type: 'hidden' as const, defaultValue: initial.measureId }] : []),
    ...(initial.version ? [{ name: 'version', label: 'Version', type: 'hidden' as const, defaultValue: initial.version }] : []),
    { name: 'title', label: 'Measure', hint: 'What is measured, for example Re-referrals within 12 months', defaultValue: initial.title },
    { name: 'unit', label: 'Unit', hint: 'For example %, children or days. Leave empty for a plain number', width: 'half', defaultValue: initial.unit },
    { name: 'target', label: 'Target', hint: 'The value the plan aims for, for example 20', width: 'half', inputMode: 'decimal', defaultValue: initial.target },
    {
      name: 'direction',
      label: 'Which way is better',
      type: 'radios',
      defaultValue: initial.direction,
      hint: 'Re-referrals should fall (lower is better); children seen in time should rise (higher is better)',
      options: labelOptions('measureDirection', ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
    },
    {
      name: 'tolerance',
      label: 'Amber tolerance',
      width: 'half',
      inputMode: 'decimal',
      defaultValue: initial.tolerance,
      hint: 'How far short of the target still counts as amber (near target), for example 5. Leave empty to count any miss as red (off target)',
    },
    {
      name: 'themeIds',
      label: 'Themes it evidences',
      type: 'checkboxes',
      hint: 'Tick each theme of the plan this measure shows the impact of',
      options: themes,
      defaultValues: initial.themeIds,
    },
    {
      name: 'actionIds',
      label: 'Actions it evidences',
      type: 'checkboxes',
      hint: 'Tick each plan action this measure shows the impact of',
      options: actions,
      defaultValues: initial.actionIds,
    },
  ];
}
