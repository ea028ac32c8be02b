-- Written by hand: approved terms of reference are the record of what the Chair signed
-- (DOMAIN.md, "Sign-off and record"), so the database refuses to change them whoever
-- asks, as it does for the audit trail. The app refuses first, with a clearer message;
-- this holds even for a bug, a script or a direct SQL session.
--
-- Allowed on an APPROVED or SUPERSEDED version: the one step APPROVED -> SUPERSEDED when
-- a later version is approved, and the bookkeeping columns (updatedAt, version). Also
-- allowed: a link column set to NULL by a foreign key's ON DELETE SET NULL, so that
-- deleting a whole board (which cascades to its terms) still works; pg_trigger_depth()
-- is above 1 only inside such a referential action, never for a statement sent directly.
CREATE OR REPLACE FUNCTION tabled_terms_version_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  via_cascade boolean := pg_trigger_depth() > 1;
BEGIN
  IF OLD.status NOT IN ('APPROVED', 'SUPERSEDED') THEN
    RETURN NEW;
  END IF;
  IF (NEW."id", NEW."councilId", NEW."boardId", NEW.major, NEW.minor, NEW.title,
      NEW."approvedAt", NEW."approvedHash", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."boardId", OLD.major, OLD.minor, OLD.title,
      OLD."approvedAt", OLD."approvedHash", OLD."createdAt")
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
CREATE TRIGGER terms_version_immutable BEFORE UPDATE ON "TermsVersion"
  FOR EACH ROW EXECUTE FUNCTION tabled_terms_version_immutable();

-- Sections of an approved or superseded version cannot be edited, moved to another
-- version, or deleted. A cascade from deleting the version itself finds no parent row
-- (it is already gone) and goes through.
CREATE OR REPLACE FUNCTION tabled_terms_section_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  signed text;
BEGIN
  SELECT v.status::text INTO signed FROM "TermsVersion" v
   WHERE v.id IN (OLD."termsVersionId", CASE WHEN TG_OP = 'UPDATE' THEN NEW."termsVersionId" END)
     AND v.status IN ('APPROVED', 'SUPERSEDED')
   LIMIT 1;
  IF signed IS NOT NULL THEN
    RAISE EXCEPTION 'this section belongs to % terms of reference, which cannot be changed; start a new draft', lower(signed)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER terms_section_immutable BEFORE UPDATE OR DELETE ON "TermsSection"
  FOR EACH ROW EXECUTE FUNCTION tabled_terms_section_immutable();
