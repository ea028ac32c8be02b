-- CreateEnum
CREATE TYPE "TermsApprovalRoute" AS ENUM ('CHAIR', 'NAMED_BODY');

-- CreateEnum
CREATE TYPE "TermsSectionFormat" AS ENUM ('PARAGRAPHS', 'NUMBERED_LIST');

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "termsApprovalBody" TEXT,
ADD COLUMN     "termsApprovalRoute" "TermsApprovalRoute" NOT NULL DEFAULT 'CHAIR';

-- AlterTable
ALTER TABLE "TermsSection" ADD COLUMN     "format" "TermsSectionFormat" NOT NULL DEFAULT 'PARAGRAPHS';

-- AlterTable
ALTER TABLE "TermsVersion" ADD COLUMN     "agreedOn" DATE,
ADD COLUMN     "approvalNote" TEXT,
ADD COLUMN     "approvalReference" TEXT,
ADD COLUMN     "approvedByBody" TEXT,
ADD COLUMN     "historical" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "label" TEXT;

-- Written by hand: the version as the board writes it, whether it is a historical record,
-- and who approved it (a named body, its reference) are part of what was signed, so an
-- approved or superseded version keeps them as the terms_immutable trigger keeps the rest.
CREATE OR REPLACE FUNCTION tabled_terms_version_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  via_cascade boolean := pg_trigger_depth() > 1;
BEGIN
  IF OLD.status NOT IN ('APPROVED', 'SUPERSEDED') THEN
    RETURN NEW;
  END IF;
  IF (NEW."id", NEW."councilId", NEW."boardId", NEW.major, NEW.minor, NEW.title,
      NEW."approvedAt", NEW."approvedHash", NEW."createdAt", NEW.label, NEW.historical,
      NEW."agreedOn", NEW."approvedByBody", NEW."approvalReference", NEW."approvalNote")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."boardId", OLD.major, OLD.minor, OLD.title,
      OLD."approvedAt", OLD."approvedHash", OLD."createdAt", OLD.label, OLD.historical,
      OLD."agreedOn", OLD."approvedByBody", OLD."approvalReference", OLD."approvalNote")
     OR (NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'APPROVED' AND NEW.status = 'SUPERSEDED'))
     OR (NEW."previousVersionId" IS DISTINCT FROM OLD."previousVersionId" AND NOT (via_cascade AND NEW."previousVersionId" IS NULL))
     OR (NEW."agreedAtMeetingId" IS DISTINCT FROM OLD."agreedAtMeetingId" AND NOT (via_cascade AND NEW."agreedAtMeetingId" IS NULL))
     OR (NEW."approvedById" IS DISTINCT FROM OLD."approvedById" AND NOT (via_cascade AND NEW."approvedById" IS NULL)) THEN
    RAISE EXCEPTION 'terms of reference version %.% is %: approved terms cannot be changed; start a new draft',
      OLD.major, OLD.minor, lower(OLD.status::text)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
