import type { FieldSpec } from '@/components/form/field-list';
import { dayString } from '../format';
import { labels } from '../labels';
import { impactWords, likelihoodWords, settableStatuses } from './schema';

// The risk forms' fields, shared by the pages that add, edit and review a risk, so each
// asks the same questions in the same words.

type Defaults = Record<string, string | null | undefined>;
const valueOf = (defaults: Defaults) => (name: string) => defaults[name] ?? '';

export const levelOptions = (words: readonly string[], prompt: string) => [
  { value: '', label: prompt },
  ...words.map((w, i) => ({ value: String(i + 1), label: `${i + 1}: ${w}` })),
];

// Five levels are a short choice: radios, side by side, each with its number and its words.
const levels = (words: readonly string[]) => words.map((w, i) => ({ value: String(i + 1), label: `${i + 1}: ${w}` }));
const likelihood = (name: string, label: string, d: (n: string) => string): FieldSpec => ({
  name,
  label,
  type: 'radios',
  inline: true,
  options: levels(likelihoodWords),
  defaultValue: d(name),
});
const impact = (name: string, label: string, d: (n: string) => string): FieldSpec => ({
  name,
  label,
  type: 'radios',
  inline: true,
  options: levels(impactWords),
  defaultValue: d(name),
});

export type RiskOptions = { seats: { id: string; label: string }[]; categories: string[] };

export function riskFields(defaults: Defaults, options: RiskOptions): FieldSpec[] {
  const d = valueOf(defaults);
  const examples = options.categories.length
    ? `Categories in use: ${options.categories.join(', ')}`
    : 'For example Workforce, Demand, Finance, Partnership or Data';
  return [
    { name: 'title', label: 'Title', hint: 'A short name for the risk, as it will appear on the log', defaultValue: d('title') },
    { name: 'description', label: 'Description', type: 'textarea', defaultValue: d('description') },
    { name: 'cause', label: 'Cause (optional)', hint: 'What could make it happen', type: 'textarea', defaultValue: d('cause') },
    {
      name: 'consequence',
      label: 'Consequence (optional)',
      hint: 'What would happen to children and the service',
      type: 'textarea',
      defaultValue: d('consequence'),
    },
    { name: 'category', label: 'Category', hint: examples, width: 'half', defaultValue: d('category') },
    {
      name: 'ownerSeatId',
      label: 'Owner',
      type: 'select',
      hint: 'A member of this board, or name someone else below',
      defaultValue: d('ownerSeatId'),
      options: [{ value: '', label: 'Not a member of this board' }, ...options.seats.map((s) => ({ value: s.id, label: s.label }))],
    },
    { name: 'ownerName', label: 'Owner who is not a member (optional)', hint: 'Their role, for example Head of Fostering', defaultValue: d('ownerName') },
    likelihood('inherentLikelihood', 'Inherent likelihood (before any controls)', d),
    impact('inherentImpact', 'Inherent impact (before any controls)', d),
    likelihood('currentLikelihood', 'Current likelihood (with the controls in place)', d),
    impact('currentImpact', 'Current impact (with the controls in place)', d),
    likelihood('targetLikelihood', 'Target likelihood (once the mitigations are done)', d),
    impact('targetImpact', 'Target impact (once the mitigations are done)', d),
    { name: 'controls', label: 'Controls in place (optional)', type: 'textarea', defaultValue: d('controls') },
    { name: 'reviewDueOn', type: 'date', label: 'Next review by', hint: 'For example, 3 11 2026', defaultValue: d('reviewDueOn') },
  ];
}

export function riskDefaults(risk: {
  title: string;
  description: string;
  cause: string | null;
  consequence: string | null;
  category: string;
  ownerSeatId: string | null;
  ownerName: string | null;
  inherentLikelihood: number;
  inherentImpact: number;
  currentLikelihood: number;
  currentImpact: number;
  targetLikelihood: number;
  targetImpact: number;
  controls: string | null;
  reviewDueOn: Date;
}): Defaults {
  return {
    title: risk.title,
    description: risk.description,
    cause: risk.cause,
    consequence: risk.consequence,
    category: risk.category,
    ownerSeatId: risk.ownerSeatId,
    ownerName: risk.ownerSeatId ? null : risk.ownerName,
    inherentLikelihood: String(risk.inherentLikelihood),
    inherentImpact: String(risk.inherentImpact),
    currentLikelihood: String(risk.currentLikelihood),
    currentImpact: String(risk.currentImpact),
    targetLikelihood: String(risk.targetLikelihood),
    targetImpact: String(risk.targetImpact),
    controls: risk.controls,
    reviewDueOn: dayString(risk.reviewDueOn),
  };
}

const hidden = (name: string, value: string): FieldSpec => ({ name, label: '', type: 'hidden', defaultValue: value });

export function reviewFields(
  risk: { id: string; version: number; currentLikelihood: number; currentImpact: number },
  today: string,
  nextDefault: string,
): FieldSpec[] {
  return [
    hidden('riskId', risk.id),
    hidden('version', String(risk.version)),
    { name: 'reviewedOn', type: 'date', label: 'Date of the review', hint: 'For example, 3 11 2026', defaultValue: today },
    {
      name: 'likelihood',
      label: 'Likelihood now',
      type: 'radios',
      inline: true,
      options: levels(likelihoodWords),
      defaultValue: String(risk.currentLikelihood),
    },
    { name: 'impact', label: 'Impact now', type: 'radios', inline: true, options: levels(impactWords), defaultValue: String(risk.currentImpact) },
    { name: 'note', label: 'What the review found (optional)', type: 'textarea' },
    { name: 'nextReviewOn', type: 'date', label: 'Next review by', hint: 'For example, 3 11 2026', defaultValue: nextDefault },
  ];
}

export function mitigationFields(riskId: string): FieldSpec[] {
  return [
    hidden('riskId', riskId),
    { name: 'mitigation', label: 'Mitigation', hint: 'What will be done to reduce the risk', type: 'textarea' },
    { name: 'mitigationOwner', label: 'Who will do it (optional)', hint: 'For example, Head of Fostering' },
    { name: 'mitigationDueOn', type: 'date', label: 'Due by (optional)', hint: 'For example, 3 11 2026' },
  ];
}

const statusLabels = labels.riskStatus;

export function statusFields(risk: { id: string; version: number; status: string }): FieldSpec[] {
  return [
    hidden('riskId', risk.id),
    hidden('version', String(risk.version)),
    {
      name: 'status',
      label: 'Status',
      type: 'radios',
      inline: true,
      options: settableStatuses.map((s) => ({ value: s, label: statusLabels[s] })),
      defaultValue: risk.status === 'ESCALATED' ? 'OPEN' : risk.status,
    },
  ];
}

export function escalateFields(risk: { id: string; version: number }, boards: { id: string; name: string }[]): FieldSpec[] {
  return [
    hidden('riskId', risk.id),
    hidden('version', String(risk.version)),
    {
      name: 'targetBoardId',
      label: 'Escalate to',
      type: 'select',
      options: [{ value: '', label: 'Choose a board' }, ...boards.map((b) => ({ value: b.id, label: b.name }))],
    },
    { name: 'escalationNote', label: 'Why it is escalated (optional)', type: 'textarea' },
  ];
}
