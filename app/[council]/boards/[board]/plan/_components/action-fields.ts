import type { FieldSpec as PlanField } from '@/components/form';
import { findingKindLabels, partnerKindLabels } from '@/lib/plans/labels';

type Options = {
  themes: { id: string; name: string }[];
  findings: { id: string; reference: string; kind: string; text: string }[];
  agencies: { id: string; name: string; kind: string }[];
  bodies: { id: string; name: string }[];
};
type Defaults = Partial<
  Record<'themeId' | 'reference' | 'description' | 'leadOfficer' | 'dueOn' | 'deliveryBodyId' | 'scrutinyBodyId' | 'secondScrutinyBodyId', string>
> & {
  findingIds?: string[];
  agencyIds?: string[];
};

const shorten = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The plan action's fields, shared by the new-action page and the action's own page. */
export function actionFields(o: Options, d: Defaults, opts: { creating: boolean }): PlanField[] {
  const bodyOptions = (none: string) => [{ value: '', label: none }, ...o.bodies.map((b) => ({ value: b.id, label: b.name }))];
  return [
    { name: 'themeId', label: 'Theme', type: 'select', defaultValue: d.themeId, options: o.themes.map((t) => ({ value: t.id, label: t.name })) },
    {
      name: 'reference',
      label: opts.creating ? 'Reference (optional)' : 'Reference',
      width: 'half',
      defaultValue: d.reference,
      hint: opts.creating ? 'Leave blank to number it within its theme, like PM1.3' : undefined,
    },
    { name: 'description', label: 'Action', type: 'textarea', rows: 4, defaultValue: d.description },
    { name: 'leadOfficer', label: 'Lead officer', hint: 'Their role, for example Head of Service, Children’s Social Care', defaultValue: d.leadOfficer },
    {
      name: 'findingIds',
      label: 'Findings this action answers',
      type: 'checkboxes',
      defaultValues: d.findingIds,
      options: o.findings.map((f) => ({ value: f.id, label: `${f.reference} (${findingKindLabels[f.kind]})`, hint: shorten(f.text) })),
    },
    {
      name: 'agencyIds',
      label: 'Partner agencies responsible',
      type: 'checkboxes',
      defaultValues: d.agencyIds,
      options: o.agencies.map((a) => ({ value: a.id, label: a.name, hint: partnerKindLabels[a.kind] })),
    },
    ...(opts.creating
      ? [
          {
            name: 'dueOn',
            type: 'date' as const,
            label: 'Due date',
            hint: 'For example, 30 6 2026. Later changes are proposed and agreed at a meeting',
            defaultValue: d.dueOn,
          },
        ]
      : []),
    {
      name: 'deliveryBodyId',
      label: 'Delivery and monitoring body (optional)',
      type: 'select',
      defaultValue: d.deliveryBodyId,
      options: bodyOptions('Not set'),
    },
    {
      name: 'scrutinyBodyId',
      label: 'Scrutiny body',
      type: 'select',
      defaultValue: d.scrutinyBodyId,
      hint: 'The board, panel or partnership that scrutinises delivery',
      options: bodyOptions('Not set'),
    },
    {
      name: 'secondScrutinyBodyId',
      label: 'Second scrutiny body (optional)',
      type: 'select',
      defaultValue: d.secondScrutinyBodyId,
      hint: 'Cross-scrutiny: this body scrutinises the scrutiny body above, so it must be a different one',
      options: bodyOptions('None'),
    },
  ];
}
