-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "MinutesVersion" ADD COLUMN     "attendanceSnapshot" JSONB;

-- CreateTable
CREATE TABLE "MinutesActionArising" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "minutesItemId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "ownerSeatId" UUID,
    "dueOn" DATE,
    "actionId" UUID,

    CONSTRAINT "MinutesActionArising_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MinutesActionArising_minutesItemId_position_idx" ON "MinutesActionArising"("minutesItemId", "position");

-- AddForeignKey
ALTER TABLE "MinutesActionArising" ADD CONSTRAINT "MinutesActionArising_minutesItemId_fkey" FOREIGN KEY ("minutesItemId") REFERENCES "MinutesItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesActionArising" ADD CONSTRAINT "MinutesActionArising_ownerSeatId_fkey" FOREIGN KEY ("ownerSeatId") REFERENCES "Seat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesActionArising" ADD CONSTRAINT "MinutesActionArising_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand from here on.
-- Row-level security for the new table, as for every council-owned table.
GRANT SELECT, INSERT, UPDATE, DELETE ON "MinutesActionArising" TO tabled_app;
ALTER TABLE "MinutesActionArising" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MinutesActionArising" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MinutesActionArising"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

-- Approved minutes are the record the Chair signed (DOMAIN.md, "Sign-off and record"):
-- the database refuses to change them whoever asks, as it does approved terms of
-- reference (20261126120000_terms_immutable). The app refuses first, with a clearer
-- message. What may still happen to a signed version is its onward path, each step
-- once: APPROVED -> DISTRIBUTED (setting distributedAt), DISTRIBUTED -> CONFIRMED
-- (setting the meeting that confirmed it), any signed status -> SUPERSEDED when a
-- correction is approved; and the bookkeeping columns (updatedAt, version). A link set
-- to NULL by a foreign key's ON DELETE SET NULL, and a delete cascading from the meeting
-- or board, also go through: pg_trigger_depth() is above 1 only inside such a
-- referential action, never for a statement sent directly.
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
      NEW."approvedAt", NEW."approvedHash", NEW."attendanceSnapshot", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."meetingId", OLD."versionNo", OLD."chairComments", OLD."sentToChairAt",
      OLD."approvedAt", OLD."approvedHash", OLD."attendanceSnapshot", OLD."createdAt")
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
CREATE TRIGGER minutes_version_immutable BEFORE UPDATE OR DELETE ON "MinutesVersion"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_version_immutable();

-- The text of signed minutes (items, decisions and recommendations, actions arising)
-- cannot be edited, moved or deleted, except by a cascade from deleting the meeting.
CREATE OR REPLACE FUNCTION tabled_minutes_signed_status(item_ids uuid[]) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT v.status::text FROM "MinutesItem" i JOIN "MinutesVersion" v ON v.id = i."minutesVersionId"
   WHERE i.id = ANY(item_ids) AND v.status IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED')
   LIMIT 1
$$;

CREATE OR REPLACE FUNCTION tabled_minutes_text_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  signed text;
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_TABLE_NAME = 'MinutesItem' THEN
    SELECT v.status::text INTO signed FROM "MinutesVersion" v
     WHERE v.id IN (OLD."minutesVersionId", CASE WHEN TG_OP = 'UPDATE' THEN NEW."minutesVersionId" END)
       AND v.status IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED')
     LIMIT 1;
  ELSE
    signed := tabled_minutes_signed_status(ARRAY[OLD."minutesItemId", CASE WHEN TG_OP = 'UPDATE' THEN NEW."minutesItemId" END]);
  END IF;
  IF signed IS NOT NULL THEN
    RAISE EXCEPTION 'this belongs to % minutes, which cannot be changed; start a correction', lower(signed)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER minutes_item_immutable BEFORE UPDATE OR DELETE ON "MinutesItem"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_text_immutable();
CREATE TRIGGER minutes_decision_immutable BEFORE UPDATE OR DELETE ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_text_immutable();
CREATE TRIGGER minutes_action_arising_immutable BEFORE UPDATE OR DELETE ON "MinutesActionArising"
  FOR EACH ROW EXECUTE FUNCTION tabled_minutes_text_immutable();
