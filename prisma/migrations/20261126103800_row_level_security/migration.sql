-- Row-level security: every council-owned table answers only the rows of the council
-- set for the current transaction (lib/db/tenant.ts sets app.council_id with
-- set_config(..., true) and switches to tabled_app, which neither owns the tables nor
-- bypasses row-level security). Written by hand; keep it in step with new tables.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tabled_app') THEN
    CREATE ROLE tabled_app NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO tabled_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tabled_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tabled_app;
-- the migration ledger is the owner's alone (it is absent from a diff's shadow database)
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM tabled_app;
  END IF;
END
$$;

ALTER TABLE "CouncilMembership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CouncilMembership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CouncilMembership"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Board" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Board" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Board"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "BoardStatusChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BoardStatusChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BoardStatusChange"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "BoardReportingLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BoardReportingLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BoardReportingLine"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "BoardAccess" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BoardAccess" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BoardAccess"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "TermsVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TermsVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TermsVersion"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "TermsSection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TermsSection" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TermsSection"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Seat" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Seat" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Seat"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "SeatChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SeatChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SeatChange"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "MeetingSeries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingSeries" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MeetingSeries"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Meeting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Meeting" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Meeting"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "AgendaItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgendaItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AgendaItem"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "AgendaItemLink" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgendaItemLink" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AgendaItemLink"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Paper" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Paper" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Paper"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PaperFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PaperFile" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PaperFile"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PaperOpened" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PaperOpened" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PaperOpened"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Attendance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Attendance" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Attendance"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "MinutesVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MinutesVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MinutesVersion"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "MinutesItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MinutesItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MinutesItem"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Decision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Decision" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Decision"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Action" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Action" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Action"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ActionDueDateRevision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionDueDateRevision" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ActionDueDateRevision"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ActionUpdate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionUpdate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ActionUpdate"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Risk" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Risk" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Risk"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "RiskMitigation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RiskMitigation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RiskMitigation"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "RiskReview" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RiskReview" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RiskReview"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ForwardPlanItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ForwardPlanItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ForwardPlanItem"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "Inspection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Inspection" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Inspection"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "InspectionFinding" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InspectionFinding" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InspectionFinding"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ImprovementPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImprovementPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ImprovementPlan"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanTheme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanTheme" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanTheme"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PartnerAgency" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnerAgency" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnerAgency"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ScrutinyBody" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ScrutinyBody" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ScrutinyBody"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanAction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanAction" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanAction"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanActionFinding" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanActionFinding" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanActionFinding"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanActionAgency" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanActionAgency" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanActionAgency"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanMilestone" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanMilestone" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanMilestone"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanActionDueDateRevision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanActionDueDateRevision" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanActionDueDateRevision"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanActionSignOff" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanActionSignOff" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanActionSignOff"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "PlanCarryOver" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanCarryOver" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanCarryOver"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ImpactMeasure" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImpactMeasure" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ImpactMeasure"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditEvent"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

-- the audit trail is append-only for the application
REVOKE UPDATE, DELETE ON "AuditEvent" FROM tabled_app;
