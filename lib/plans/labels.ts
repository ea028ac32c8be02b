// Words for the plan's enums, as a council officer would say them.
export const inspectionKindLabels: Record<string, string> = {
  FULL_INSPECTION: 'Full inspection',
  FOCUSED_VISIT: 'Focused visit',
  MONITORING_VISIT: 'Monitoring visit',
};
export const judgementLabels: Record<string, string> = {
  INADEQUATE: 'Inadequate',
  REQUIRES_IMPROVEMENT: 'Requires improvement to be good',
  GOOD: 'Good',
  OUTSTANDING: 'Outstanding',
  NOT_JUDGED: 'No judgement (visit)',
};
export const findingKindLabels: Record<string, string> = {
  PRIORITY_ACTION: 'Priority action',
  IMMEDIATE_ACTION: 'Immediate action',
  AREA_FOR_IMPROVEMENT: 'Area for improvement',
};
export const planStatusLabels: Record<string, string> = {
  DRAFT: 'Draft',
  APPROVED: 'Approved',
  IN_DELIVERY: 'In delivery',
  TRANSITION: 'Transition',
  CLOSED: 'Closed',
};
export const actionStatusLabels: Record<string, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  AWAITING_SIGN_OFF: 'Awaiting sign-off',
  SIGNED_OFF: 'Signed off',
  CARRIED_OVER: 'Carried over',
  CLOSED: 'Closed',
};
export const partnerKindLabels: Record<string, string> = {
  COUNCIL: 'Council',
  POLICE: 'Police',
  HEALTH: 'Health',
  SCHOOLS: 'Schools',
  OTHER: 'Other partner',
};
export const options = (labels: Record<string, string>, keys?: readonly string[]) => (keys ?? Object.keys(labels)).map((value) => ({ value, label: labels[value] ?? value }));
