-- AlterTable
ALTER TABLE "PlanActionSignOff" ADD COLUMN     "reopenedAtMeetingId" UUID,
ADD COLUMN     "reopenedById" UUID;

-- Written by hand: an action the board has signed off is the record of what the board
-- agreed complete on the evidence it saw (Blackpool 004 5.9; DOMAIN.md, "Sign-off and
-- record"). The app refuses first, with a clearer message; the database holds even for a
-- bug, a script or a direct SQL session.
--
-- A signed-off action keeps its content. The one change allowed is the board reopening
-- it (status SIGNED_OFF -> IN_PROGRESS, with rag, version and updatedAt as bookkeeping).
-- A body link may become NULL only through a foreign key's ON DELETE SET NULL
-- (pg_trigger_depth() > 1 only inside such a referential action).
CREATE OR REPLACE FUNCTION tabled_plan_action_signed_off() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  via_cascade boolean := pg_trigger_depth() > 1;
BEGIN
  IF OLD.status <> 'SIGNED_OFF' THEN
    RETURN NEW;
  END IF;
  IF (NEW."id", NEW."councilId", NEW."planId", NEW."themeId", NEW.reference, NEW.description, NEW."leadOfficer",
      NEW."dueOn", NEW."agreedDueOn", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."planId", OLD."themeId", OLD.reference, OLD.description, OLD."leadOfficer",
      OLD."dueOn", OLD."agreedDueOn", OLD."createdAt")
     OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'IN_PROGRESS')
     OR (NEW."deliveryBodyId" IS DISTINCT FROM OLD."deliveryBodyId" AND NOT (via_cascade AND NEW."deliveryBodyId" IS NULL))
     OR (NEW."scrutinyBodyId" IS DISTINCT FROM OLD."scrutinyBodyId" AND NOT (via_cascade AND NEW."scrutinyBodyId" IS NULL))
     OR (NEW."secondScrutinyBodyId" IS DISTINCT FROM OLD."secondScrutinyBodyId" AND NOT (via_cascade AND NEW."secondScrutinyBodyId" IS NULL)) THEN
    RAISE EXCEPTION 'plan action % has been signed off by the board and cannot be changed; the board can reopen it', OLD.reference
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER plan_action_signed_off BEFORE UPDATE ON "PlanAction"
  FOR EACH ROW EXECUTE FUNCTION tabled_plan_action_signed_off();

-- The findings an action answered and the agencies responsible when it was signed off
-- stay as they were. Deleting the action itself cascades here with its row already gone.
CREATE OR REPLACE FUNCTION tabled_plan_action_link_signed_off() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() = 1 AND EXISTS (SELECT 1 FROM "PlanAction" a WHERE a.id = OLD."planActionId" AND a.status = 'SIGNED_OFF') THEN
    RAISE EXCEPTION 'this plan action has been signed off by the board and cannot be changed; the board can reopen it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER plan_action_finding_signed_off BEFORE UPDATE OR DELETE ON "PlanActionFinding"
  FOR EACH ROW EXECUTE FUNCTION tabled_plan_action_link_signed_off();
CREATE TRIGGER plan_action_agency_signed_off BEFORE UPDATE OR DELETE ON "PlanActionAgency"
  FOR EACH ROW EXECUTE FUNCTION tabled_plan_action_link_signed_off();

-- A sign-off is never edited or deleted. Reopening writes its four columns once, and the
-- sign-off stays beside the reason. Deleting the action cascades here (depth > 1).
CREATE OR REPLACE FUNCTION tabled_plan_sign_off_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() > 1 THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'a sign-off is the board''s record and cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."id", NEW."councilId", NEW."planActionId", NEW."meetingId", NEW."proposedBy", NEW.evidence, NEW."recordedById", NEW."signedOffAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."planActionId", OLD."meetingId", OLD."proposedBy", OLD.evidence, OLD."recordedById", OLD."signedOffAt")
     OR (OLD."reopenedAt" IS NOT NULL AND
         (NEW."reopenedAt", NEW."reopenReason", NEW."reopenedAtMeetingId", NEW."reopenedById")
         IS DISTINCT FROM (OLD."reopenedAt", OLD."reopenReason", OLD."reopenedAtMeetingId", OLD."reopenedById")) THEN
    RAISE EXCEPTION 'a sign-off is the board''s record and cannot be changed; reopening is recorded once beside it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER plan_sign_off_immutable BEFORE UPDATE OR DELETE ON "PlanActionSignOff"
  FOR EACH ROW EXECUTE FUNCTION tabled_plan_sign_off_immutable();
