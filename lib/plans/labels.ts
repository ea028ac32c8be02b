import { labels } from '../labels';

// Words for the plan's enums, as a council officer would say them.
export const inspectionKindLabels: Record<string, string> = labels.inspectionKind;
export const judgementLabels: Record<string, string> = labels.judgement;
export const findingKindLabels: Record<string, string> = labels.findingKind;
export const planStatusLabels: Record<string, string> = labels.planStatus;
export const actionStatusLabels: Record<string, string> = labels.planActionStatus;
export const partnerKindLabels: Record<string, string> = labels.partnerKind;
export const options = (labels: Record<string, string>, keys?: readonly string[]) =>
  (keys ?? Object.keys(labels)).map((value) => ({ value, label: labels[value] ?? value }));
