import type { Prisma } from '../../lib/db/generated/prisma/client';
import type { Tx } from '../../lib/db/tenant';
import { insertSeededMinutes } from './minutes';

/**
 * A council's demo rows, built in memory with their ids chosen up front so that the
 * whole council can be written with one createMany per table, in foreign-key order.
 * Rows of a table that points at itself (boards, terms versions, risks) are listed
 * parents first.
 */
export type Rows = {
  councilMembership: Prisma.CouncilMembershipCreateManyInput[];
  board: Prisma.BoardCreateManyInput[];
  boardStatusChange: Prisma.BoardStatusChangeCreateManyInput[];
  boardReportingLine: Prisma.BoardReportingLineCreateManyInput[];
  boardAccess: Prisma.BoardAccessCreateManyInput[];
  meetingSeries: Prisma.MeetingSeriesCreateManyInput[];
  meeting: Prisma.MeetingCreateManyInput[];
  seat: Prisma.SeatCreateManyInput[];
  seatChange: Prisma.SeatChangeCreateManyInput[];
  termsVersion: Prisma.TermsVersionCreateManyInput[];
  termsSection: Prisma.TermsSectionCreateManyInput[];
  agendaItem: Prisma.AgendaItemCreateManyInput[];
  paper: Prisma.PaperCreateManyInput[];
  paperFile: Prisma.PaperFileCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  minutesVersion: Prisma.MinutesVersionCreateManyInput[];
  minutesItem: Prisma.MinutesItemCreateManyInput[];
  decision: Prisma.DecisionCreateManyInput[];
  inspection: Prisma.InspectionCreateManyInput[];
  inspectionFinding: Prisma.InspectionFindingCreateManyInput[];
  partnerAgency: Prisma.PartnerAgencyCreateManyInput[];
  scrutinyBody: Prisma.ScrutinyBodyCreateManyInput[];
  improvementPlan: Prisma.ImprovementPlanCreateManyInput[];
  planTheme: Prisma.PlanThemeCreateManyInput[];
  planAction: Prisma.PlanActionCreateManyInput[];
  planActionFinding: Prisma.PlanActionFindingCreateManyInput[];
  planActionAgency: Prisma.PlanActionAgencyCreateManyInput[];
  planMilestone: Prisma.PlanMilestoneCreateManyInput[];
  planActionDueDateRevision: Prisma.PlanActionDueDateRevisionCreateManyInput[];
  planActionSignOff: Prisma.PlanActionSignOffCreateManyInput[];
  impactMeasure: Prisma.ImpactMeasureCreateManyInput[];
  measureValue: Prisma.MeasureValueCreateManyInput[];
  impactMeasureAction: Prisma.ImpactMeasureActionCreateManyInput[];
  impactMeasureTheme: Prisma.ImpactMeasureThemeCreateManyInput[];
  action: Prisma.ActionCreateManyInput[];
  actionDueDateRevision: Prisma.ActionDueDateRevisionCreateManyInput[];
  actionUpdate: Prisma.ActionUpdateCreateManyInput[];
  risk: Prisma.RiskCreateManyInput[];
  riskMitigation: Prisma.RiskMitigationCreateManyInput[];
  riskReview: Prisma.RiskReviewCreateManyInput[];
  forwardPlanItem: Prisma.ForwardPlanItemCreateManyInput[];
  agendaItemLink: Prisma.AgendaItemLinkCreateManyInput[];
};

export function emptyRows(): Rows {
  return {
    councilMembership: [],
    board: [],
    boardStatusChange: [],
    boardReportingLine: [],
    boardAccess: [],
    meetingSeries: [],
    meeting: [],
    seat: [],
    seatChange: [],
    termsVersion: [],
    termsSection: [],
    agendaItem: [],
    paper: [],
    paperFile: [],
    attendance: [],
    minutesVersion: [],
    minutesItem: [],
    decision: [],
    inspection: [],
    inspectionFinding: [],
    partnerAgency: [],
    scrutinyBody: [],
    improvementPlan: [],
    planTheme: [],
    planAction: [],
    planActionFinding: [],
    planActionAgency: [],
    planMilestone: [],
    planActionDueDateRevision: [],
    planActionSignOff: [],
    impactMeasure: [],
    measureValue: [],
    impactMeasureAction: [],
    impactMeasureTheme: [],
    action: [],
    actionDueDateRevision: [],
    actionUpdate: [],
    risk: [],
    riskMitigation: [],
    riskReview: [],
    forwardPlanItem: [],
    agendaItemLink: [],
  };
}

export type RowCounts = { [K in keyof Rows]: number };

export function countRows(rows: Rows): RowCounts {
  const counts = {} as RowCounts;
  for (const key of Object.keys(rows) as (keyof Rows)[]) counts[key] = rows[key].length;
  return counts;
}

/** Writes every row, in foreign-key order, inside the caller's council transaction. */
export async function insertRows(tx: Tx, r: Rows): Promise<void> {
  // Self-referencing tables go in one statement each: PostgreSQL checks foreign keys at
  // the end of the statement, and the rows are listed parents first anyway.
  if (r.board.length) await tx.board.createMany({ data: r.board });
  if (r.councilMembership.length) await tx.councilMembership.createMany({ data: r.councilMembership });
  if (r.boardStatusChange.length) await tx.boardStatusChange.createMany({ data: r.boardStatusChange });
  if (r.boardReportingLine.length) await tx.boardReportingLine.createMany({ data: r.boardReportingLine });
  if (r.boardAccess.length) await tx.boardAccess.createMany({ data: r.boardAccess });
  if (r.meetingSeries.length) await tx.meetingSeries.createMany({ data: r.meetingSeries });
  if (r.meeting.length) await tx.meeting.createMany({ data: r.meeting });
  if (r.seat.length) await tx.seat.createMany({ data: r.seat });
  if (r.seatChange.length) await tx.seatChange.createMany({ data: r.seatChange });
  if (r.termsVersion.length) await tx.termsVersion.createMany({ data: r.termsVersion });
  if (r.termsSection.length) await tx.termsSection.createMany({ data: r.termsSection });
  if (r.agendaItem.length) await tx.agendaItem.createMany({ data: r.agendaItem });
  if (r.paper.length) await tx.paper.createMany({ data: r.paper });
  if (r.paperFile.length) await tx.paperFile.createMany({ data: r.paperFile });
  if (r.attendance.length) await tx.attendance.createMany({ data: r.attendance });
  await insertSeededMinutes(tx, r);
  if (r.inspection.length) await tx.inspection.createMany({ data: r.inspection });
  if (r.inspectionFinding.length) await tx.inspectionFinding.createMany({ data: r.inspectionFinding });
  if (r.partnerAgency.length) await tx.partnerAgency.createMany({ data: r.partnerAgency });
  if (r.scrutinyBody.length) await tx.scrutinyBody.createMany({ data: r.scrutinyBody });
  if (r.improvementPlan.length) await tx.improvementPlan.createMany({ data: r.improvementPlan });
  if (r.planTheme.length) await tx.planTheme.createMany({ data: r.planTheme });
  if (r.planAction.length) await tx.planAction.createMany({ data: r.planAction });
  if (r.planActionFinding.length) await tx.planActionFinding.createMany({ data: r.planActionFinding });
  if (r.planActionAgency.length) await tx.planActionAgency.createMany({ data: r.planActionAgency });
  if (r.planMilestone.length) await tx.planMilestone.createMany({ data: r.planMilestone });
  if (r.planActionDueDateRevision.length) await tx.planActionDueDateRevision.createMany({ data: r.planActionDueDateRevision });
  if (r.planActionSignOff.length) await tx.planActionSignOff.createMany({ data: r.planActionSignOff });
  if (r.impactMeasure.length) await tx.impactMeasure.createMany({ data: r.impactMeasure });
  if (r.measureValue.length) await tx.measureValue.createMany({ data: r.measureValue });
  if (r.impactMeasureAction.length) await tx.impactMeasureAction.createMany({ data: r.impactMeasureAction });
  if (r.impactMeasureTheme.length) await tx.impactMeasureTheme.createMany({ data: r.impactMeasureTheme });
  if (r.action.length) await tx.action.createMany({ data: r.action });
  if (r.actionDueDateRevision.length) await tx.actionDueDateRevision.createMany({ data: r.actionDueDateRevision });
  if (r.actionUpdate.length) await tx.actionUpdate.createMany({ data: r.actionUpdate });
  if (r.risk.length) await tx.risk.createMany({ data: r.risk });
  if (r.riskMitigation.length) await tx.riskMitigation.createMany({ data: r.riskMitigation });
  if (r.riskReview.length) await tx.riskReview.createMany({ data: r.riskReview });
  if (r.forwardPlanItem.length) await tx.forwardPlanItem.createMany({ data: r.forwardPlanItem });
  if (r.agendaItemLink.length) await tx.agendaItemLink.createMany({ data: r.agendaItemLink });
}
