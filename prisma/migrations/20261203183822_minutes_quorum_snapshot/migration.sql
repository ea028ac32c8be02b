-- AlterTable
ALTER TABLE "MinutesVersion" ADD COLUMN     "quorumSnapshot" TEXT;

-- Signed minutes keep the quorum decision they were approved with, like their attendance.
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
      NEW."approvedAt", NEW."approvedHash", NEW."attendanceSnapshot", NEW."quorumSnapshot", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."meetingId", OLD."versionNo", OLD."chairComments", OLD."sentToChairAt",
      OLD."approvedAt", OLD."approvedHash", OLD."attendanceSnapshot", OLD."quorumSnapshot", OLD."createdAt")
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
