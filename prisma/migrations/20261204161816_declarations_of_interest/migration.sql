-- CreateEnum
CREATE TYPE "InterestKind" AS ENUM ('PECUNIARY', 'OTHER_REGISTRABLE', 'NON_REGISTRABLE');

-- CreateEnum
CREATE TYPE "InterestCategory" AS ENUM ('EMPLOYMENT', 'SPONSORSHIP', 'CONTRACTS', 'LAND', 'SECURITIES', 'MEMBERSHIP', 'GIFTS', 'OTHER');

-- AlterEnum
ALTER TYPE "StandingItem" ADD VALUE 'DECLARATIONS_OF_INTEREST';

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "declarationsStandingItem" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "publishInterestRegister" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "MinutesVersion" ADD COLUMN     "declarationsSnapshot" JSONB;

-- CreateTable
CREATE TABLE "Declaration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "personId" UUID NOT NULL,
    "kind" "InterestKind" NOT NULL,
    "description" TEXT NOT NULL,
    "withdrew" BOOLEAN NOT NULL DEFAULT false,
    "declaredInRoom" BOOLEAN NOT NULL DEFAULT false,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID NOT NULL,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterestRegisterEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "category" "InterestCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "fromOn" DATE,
    "toOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "supersededAt" TIMESTAMPTZ(3),
    "replacedById" UUID,

    CONSTRAINT "InterestRegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterestRegisterReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "reviewedAt" TIMESTAMPTZ(3) NOT NULL,
    "reviewedById" UUID NOT NULL,

    CONSTRAINT "InterestRegisterReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Declaration_meetingId_idx" ON "Declaration"("meetingId");

-- CreateIndex
CREATE INDEX "Declaration_personId_idx" ON "Declaration"("personId");

-- CreateIndex
CREATE INDEX "InterestRegisterEntry_councilId_personId_idx" ON "InterestRegisterEntry"("councilId", "personId");

-- CreateIndex
CREATE INDEX "InterestRegisterReview_councilId_personId_reviewedAt_idx" ON "InterestRegisterReview"("councilId", "personId", "reviewedAt");

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestRegisterEntry" ADD CONSTRAINT "InterestRegisterEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestRegisterEntry" ADD CONSTRAINT "InterestRegisterEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestRegisterEntry" ADD CONSTRAINT "InterestRegisterEntry_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "InterestRegisterEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestRegisterReview" ADD CONSTRAINT "InterestRegisterReview_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestRegisterReview" ADD CONSTRAINT "InterestRegisterReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security, as on every council-owned table (written by hand).
ALTER TABLE "Declaration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Declaration" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Declaration"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "Declaration" TO tabled_app;
ALTER TABLE "InterestRegisterEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InterestRegisterEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InterestRegisterEntry"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "InterestRegisterEntry" TO tabled_app;
ALTER TABLE "InterestRegisterReview" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "InterestRegisterReview" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InterestRegisterReview"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "InterestRegisterReview" TO tabled_app;

-- Signed minutes keep the declarations of interest they were approved with, like their attendance.
CREATE OR REPLACE FUNCTION tabled_minutes_version_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  via_cascade boolean := pg_trigger_depth() > 1;
BEGIN
  IF OLD.status NOT IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED') THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF via_cascade THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'minutes version % is %: approved minutes cannot be deleted', OLD."versionNo", lower(OLD.status::text)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."id", NEW."councilId", NEW."meetingId", NEW."versionNo", NEW."chairComments", NEW."sentToChairAt",
      NEW."approvedAt", NEW."approvedHash", NEW."attendanceSnapshot", NEW."quorumSnapshot", NEW."declarationsSnapshot", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."meetingId", OLD."versionNo", OLD."chairComments", OLD."sentToChairAt",
      OLD."approvedAt", OLD."approvedHash", OLD."attendanceSnapshot", OLD."quorumSnapshot", OLD."declarationsSnapshot", OLD."createdAt")
     OR (NEW.status IS DISTINCT FROM OLD.status AND NOT (
           (OLD.status = 'APPROVED' AND NEW.status = 'DISTRIBUTED')
        OR (OLD.status = 'DISTRIBUTED' AND NEW.status = 'CONFIRMED')
        OR (OLD.status IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED') AND NEW.status = 'SUPERSEDED')))
     OR (NEW."distributedAt" IS DISTINCT FROM OLD."distributedAt"
         AND NOT (OLD."distributedAt" IS NULL AND OLD.status = 'APPROVED' AND NEW.status = 'DISTRIBUTED'))
     OR (NEW."confirmedAtMeetingId" IS DISTINCT FROM OLD."confirmedAtMeetingId"
         AND NOT ((OLD."confirmedAtMeetingId" IS NULL AND OLD.status = 'DISTRIBUTED' AND NEW.status = 'CONFIRMED')
                  OR (via_cascade AND NEW."confirmedAtMeetingId" IS NULL)))
     OR (NEW."previousVersionId" IS DISTINCT FROM OLD."previousVersionId" AND NOT (via_cascade AND NEW."previousVersionId" IS NULL))
     OR (NEW."approvedById" IS DISTINCT FROM OLD."approvedById" AND NOT (via_cascade AND NEW."approvedById" IS NULL)) THEN
    RAISE EXCEPTION 'minutes version % is %: approved minutes cannot be changed; start a correction',
      OLD."versionNo", lower(OLD.status::text)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

-- A meeting's declarations of interest are fixed while the newest version of its minutes
-- is signed (the approved text holds them in declarationsSnapshot); a correction reopens
-- them. Deleting the meeting or its agenda item still cascades.
CREATE OR REPLACE FUNCTION tabled_declaration_fixed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  signed text;
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  SELECT v.status::text INTO signed FROM "MinutesVersion" v
   WHERE v."meetingId" IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD."meetingId" END, CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW."meetingId" END)
   ORDER BY v."versionNo" DESC
   LIMIT 1;
  IF signed IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED') THEN
    RAISE EXCEPTION 'the minutes of this meeting are %: its declarations of interest cannot be changed; start a correction', lower(signed)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER declaration_fixed BEFORE INSERT OR UPDATE OR DELETE ON "Declaration"
  FOR EACH ROW EXECUTE FUNCTION tabled_declaration_fixed();
