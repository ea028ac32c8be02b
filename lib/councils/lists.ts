import type { Tx } from '../db/tenant';

// A council's own lists: who takes the decisions an advisory board recommends, and whom its
// progress reports can be addressed to. A new council starts with the usual ones (the same
// as the migration gave every council that existed before the lists), and its
// administrators add, rename and archive from there.

export const decisionMakerKinds = ['CABINET', 'OFFICER_ROLE', 'FULL_COUNCIL', 'PARTNER_BODY', 'OTHER'] as const;
export type DecisionMakerKind = (typeof decisionMakerKinds)[number];

export const defaultDecisionMakers: readonly { name: string; kind: DecisionMakerKind }[] = [
  { name: 'Cabinet', kind: 'CABINET' },
  { name: 'Full Council', kind: 'FULL_COUNCIL' },
  { name: 'Director of Children’s Services', kind: 'OFFICER_ROLE' },
];

export const defaultReportingAudiences: readonly string[] = ['Cabinet', 'Overview and Scrutiny Committee', 'Department for Education (DfE)'];

/** Gives a council the usual lists (inside its tenant transaction). Names already there are left alone. */
export async function seedCouncilLists(tx: Tx, councilId: string, now = new Date()) {
  // createdAt a millisecond apart, so the lists keep the order they are written in
  await tx.decisionMaker.createMany({
    data: defaultDecisionMakers.map((d, i) => ({ councilId, name: d.name, kind: d.kind, createdAt: new Date(now.getTime() + i) })),
    skipDuplicates: true,
  });
  await tx.reportingAudience.createMany({
    data: defaultReportingAudiences.map((name, i) => ({ councilId, name, createdAt: new Date(now.getTime() + i) })),
    skipDuplicates: true,
  });
}
