-- CreateEnum
CREATE TYPE "CommissionStatus" AS ENUM ('REQUESTED', 'SUBMITTED', 'APPROVED', 'CIRCULATED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "commissionDueWorkingDays" INTEGER NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "PaperCommission" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "meetingId" UUID,
    "agendaItemId" UUID,
    "forwardPlanItemId" UUID,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "marking" "ProtectiveMarking" NOT NULL DEFAULT 'OFFICIAL',
    "authorPersonId" UUID,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "reviewerId" UUID,
    "dueOn" DATE NOT NULL,
    "status" "CommissionStatus" NOT NULL DEFAULT 'REQUESTED',
    "uploadTokenHash" TEXT,
    "uploadTokenExpiresAt" TIMESTAMPTZ(3),
    "fileName" TEXT,
    "contentType" TEXT,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "storageKey" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "paperId" UUID,
    "requestedById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PaperCommission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "commissionId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "CommissionStatus" NOT NULL,
    "note" TEXT,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaperCommission_uploadTokenHash_key" ON "PaperCommission"("uploadTokenHash");

-- CreateIndex
CREATE INDEX "PaperCommission_councilId_status_idx" ON "PaperCommission"("councilId", "status");

-- CreateIndex
CREATE INDEX "PaperCommission_boardId_status_idx" ON "PaperCommission"("boardId", "status");

-- CreateIndex
CREATE INDEX "PaperCommission_meetingId_idx" ON "PaperCommission"("meetingId");

-- CreateIndex
CREATE INDEX "CommissionEvent_commissionId_at_idx" ON "CommissionEvent"("commissionId", "at");

-- AddForeignKey
ALTER TABLE "PaperCommission" ADD CONSTRAINT "PaperCommission_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperCommission" ADD CONSTRAINT "PaperCommission_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperCommission" ADD CONSTRAINT "PaperCommission_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperCommission" ADD CONSTRAINT "PaperCommission_forwardPlanItemId_fkey" FOREIGN KEY ("forwardPlanItemId") REFERENCES "ForwardPlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperCommission" ADD CONSTRAINT "PaperCommission_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionEvent" ADD CONSTRAINT "CommissionEvent_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "PaperCommission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on every council-owned table (written by hand).
ALTER TABLE "PaperCommission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PaperCommission" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PaperCommission"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "PaperCommission" TO tabled_app;

ALTER TABLE "CommissionEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CommissionEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CommissionEvent"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "CommissionEvent" TO tabled_app;
