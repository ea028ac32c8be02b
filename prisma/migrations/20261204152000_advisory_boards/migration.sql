-- CreateEnum
CREATE TYPE "DecisionMakerKind" AS ENUM ('CABINET', 'OFFICER_ROLE', 'FULL_COUNCIL', 'PARTNER_BODY', 'OTHER');

-- CreateEnum
CREATE TYPE "RecommendationOutcomeKind" AS ENUM ('PENDING', 'ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REJECTED');

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "advisory" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "decisionMakerId" UUID;

-- CreateTable
CREATE TABLE "DecisionMaker" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DecisionMakerKind" NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionMaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingAudience" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingAudience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationOutcome" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "outcome" "RecommendationOutcomeKind" NOT NULL,
    "decidedOn" DATE,
    "reference" TEXT,
    "note" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DecisionMaker_councilId_name_key" ON "DecisionMaker"("councilId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingAudience_councilId_name_key" ON "ReportingAudience"("councilId", "name");

-- CreateIndex
CREATE INDEX "RecommendationOutcome_decisionId_createdAt_idx" ON "RecommendationOutcome"("decisionId", "createdAt");

-- AddForeignKey
ALTER TABLE "DecisionMaker" ADD CONSTRAINT "DecisionMaker_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingAudience" ADD CONSTRAINT "ReportingAudience_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decisionMakerId_fkey" FOREIGN KEY ("decisionMakerId") REFERENCES "DecisionMaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationOutcome" ADD CONSTRAINT "RecommendationOutcome_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing council starts with the lists it had implicitly: the three audiences the
-- reports offered, and the usual takers of the decisions an advisory board recommends.
INSERT INTO "ReportingAudience" ("councilId", "name", "createdAt")
SELECT c.id, a.name, CURRENT_TIMESTAMP + (a.pos || ' milliseconds')::interval
  FROM "Council" c
 CROSS JOIN (VALUES (1, 'Cabinet'), (2, 'Overview and Scrutiny Committee'), (3, 'Department for Education (DfE)')) AS a(pos, name);
INSERT INTO "DecisionMaker" ("councilId", "name", "kind", "createdAt")
SELECT c.id, d.name, d.kind::"DecisionMakerKind", CURRENT_TIMESTAMP + (d.pos || ' milliseconds')::interval
  FROM "Council" c
 CROSS JOIN (VALUES (1, 'Cabinet', 'CABINET'), (2, 'Full Council', 'FULL_COUNCIL'), (3, 'Director of Children''s Services', 'OFFICER_ROLE')) AS d(pos, name, kind);

-- Row-level security, as on every council-owned table (written by hand).
ALTER TABLE "DecisionMaker" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DecisionMaker" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DecisionMaker"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "DecisionMaker" TO tabled_app;

ALTER TABLE "ReportingAudience" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportingAudience" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReportingAudience"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "ReportingAudience" TO tabled_app;

ALTER TABLE "RecommendationOutcome" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecommendationOutcome" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RecommendationOutcome"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "RecommendationOutcome" TO tabled_app;
