-- Security hardening (issue 15). Generated part first (the outbox's secret column, the
-- password hash moved into its own table); written by hand from "Roles" on.

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "secret" TEXT;

-- CreateTable
CREATE TABLE "PasswordCredential" (
    "personId" UUID NOT NULL,
    "hash" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordCredential_pkey" PRIMARY KEY ("personId")
);

-- AddForeignKey
ALTER TABLE "PasswordCredential" ADD CONSTRAINT "PasswordCredential_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- the hashes move before the column goes
INSERT INTO "PasswordCredential" ("personId", "hash")
  SELECT "id", "passwordHash" FROM "Person" WHERE "passwordHash" IS NOT NULL;

-- AlterTable
ALTER TABLE "Person" DROP COLUMN "passwordHash";

-- ---------------------------------------------------------------------------------------
-- Roles. Besides tabled_app (every tenant transaction), two narrow roles:
--   tabled_auth    sign-in before any council is known: finds a person by email, keeps the
--                  sign-in throttle, spends email links, starts sessions, finds a calendar
--                  feed by its secret. It has no grant on any council's data.
--   tabled_mailer  the outbox's delivery worker: reads and updates the outbox, nothing else.
-- The app's login role switches into each per transaction (lib/db/tenant.ts), so it must be
-- a member of all three; every login role already in tabled_app is granted the two new ones.
DO $$
DECLARE
  member text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tabled_auth') THEN
    CREATE ROLE tabled_auth NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tabled_mailer') THEN
    CREATE ROLE tabled_mailer NOLOGIN;
  END IF;
  FOR member IN
    SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
    WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = 'tabled_app') AND r.rolcanlogin
  LOOP
    EXECUTE format('GRANT tabled_auth, tabled_mailer TO %I', member);
  END LOOP;
END
$$;
GRANT USAGE ON SCHEMA public TO tabled_auth, tabled_mailer;

-- ---------------------------------------------------------------------------------------
-- Password hashes: no role but the owner selects them (the default privileges granted the
-- new table to tabled_app; that is taken back).
REVOKE ALL ON "PasswordCredential" FROM tabled_app, tabled_auth, tabled_mailer, PUBLIC;
ALTER TABLE "PasswordCredential" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PasswordCredential" FORCE ROW LEVEL SECURITY;

-- One hash, for the sign-in role checking a password it was just given for that person.
CREATE OR REPLACE FUNCTION tabled_password_hash(p_person uuid) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT c."hash" FROM "PasswordCredential" c JOIN "Person" p ON p.id = c."personId"
  WHERE c."personId" = p_person AND p."disabledAt" IS NULL
$$;
REVOKE ALL ON FUNCTION tabled_password_hash(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tabled_password_hash(uuid) TO tabled_auth;

-- A person sets only their own password: the transaction must act for them.
CREATE OR REPLACE FUNCTION tabled_set_password(p_person uuid, p_hash text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF p_person IS NULL OR p_person IS DISTINCT FROM NULLIF(current_setting('app.person_id', true), '')::uuid THEN
    RAISE EXCEPTION 'a password can only be set by the person it belongs to' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_hash IS NULL OR p_hash NOT LIKE '$argon2id$%' THEN
    RAISE EXCEPTION 'not an Argon2id hash' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO "PasswordCredential" ("personId", "hash", "updatedAt") VALUES (p_person, p_hash, now())
  ON CONFLICT ("personId") DO UPDATE SET "hash" = EXCLUDED."hash", "updatedAt" = now();
END
$$;
REVOKE ALL ON FUNCTION tabled_set_password(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tabled_set_password(uuid, text) TO tabled_app;

-- Whether an email belongs to anyone on record, without showing who: the app decides what
-- (if anything) to tell, and never tells one council about another council's people.
CREATE OR REPLACE FUNCTION tabled_email_on_record(p_email text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "Person" WHERE "email" = lower(trim(p_email)))
$$;
REVOKE ALL ON FUNCTION tabled_email_on_record(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tabled_email_on_record(text) TO tabled_app;

-- ---------------------------------------------------------------------------------------
-- Identity rows. Enabled, not forced: the owner (migrations, the demo seed) is not the app.
-- Person: your own row; in a council's transaction, the people of that council (members,
-- former members, seat holders and substitutes, people given access to its boards,
-- substitutes recorded at its meetings). The subqueries read row-level secured tables, so
-- they only ever see the current council's rows.
ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_self ON "Person" FOR SELECT TO tabled_app
  USING ("id" = NULLIF(current_setting('app.person_id', true), '')::uuid);
CREATE POLICY person_self_update ON "Person" FOR UPDATE TO tabled_app
  USING ("id" = NULLIF(current_setting('app.person_id', true), '')::uuid)
  WITH CHECK ("id" = NULLIF(current_setting('app.person_id', true), '')::uuid);
CREATE POLICY person_in_council ON "Person" FOR SELECT TO tabled_app
  USING (
    NULLIF(current_setting('app.council_id', true), '') IS NOT NULL AND (
      EXISTS (SELECT 1 FROM "CouncilMembership" m WHERE m."personId" = "Person"."id"
              AND m."councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
      OR EXISTS (SELECT 1 FROM "Seat" s WHERE s."personId" = "Person"."id"
              AND s."councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
      OR EXISTS (SELECT 1 FROM "Seat" s WHERE s."substitutePersonId" = "Person"."id"
              AND s."councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
      OR EXISTS (SELECT 1 FROM "BoardAccess" b WHERE b."personId" = "Person"."id"
              AND b."councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
      OR EXISTS (SELECT 1 FROM "Attendance" a WHERE a."substitutePersonId" = "Person"."id"
              AND a."councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
    ));
-- New people (a seat's external contact, an invitee's new account) are inserted without
-- RETURNING; they become visible once linked to the council.
CREATE POLICY person_insert ON "Person" FOR INSERT TO tabled_app WITH CHECK (true);
CREATE POLICY person_sign_in ON "Person" FOR SELECT TO tabled_auth USING (true);
CREATE POLICY person_first_sign_in ON "Person" FOR INSERT TO tabled_auth WITH CHECK (true);
REVOKE DELETE ON "Person" FROM tabled_app;
GRANT SELECT, INSERT ON "Person" TO tabled_auth;

-- Sessions: their owner's; the sign-in role starts and checks them.
ALTER TABLE "AuthSession" ENABLE ROW LEVEL SECURITY;
CREATE POLICY session_owner ON "AuthSession" TO tabled_app
  USING ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid)
  WITH CHECK ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid);
CREATE POLICY session_sign_in ON "AuthSession" TO tabled_auth USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON "AuthSession" TO tabled_auth;

-- Calendar feeds: their owner's; the sign-in role finds one by the hash of its secret.
ALTER TABLE "CalendarFeed" ENABLE ROW LEVEL SECURITY;
CREATE POLICY feed_owner ON "CalendarFeed" TO tabled_app
  USING ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid)
  WITH CHECK ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid);
CREATE POLICY feed_lookup ON "CalendarFeed" FOR SELECT TO tabled_auth USING (true);
GRANT SELECT ON "CalendarFeed" TO tabled_auth;

-- Sign-in attempts: the throttle is the sign-in role's; a person may read their own.
ALTER TABLE "SignInAttempt" ENABLE ROW LEVEL SECURITY;
REVOKE INSERT, UPDATE, DELETE ON "SignInAttempt" FROM tabled_app;
CREATE POLICY attempt_owner ON "SignInAttempt" FOR SELECT TO tabled_app
  USING ("key" = 'account:' || (SELECT p."email" FROM "Person" p WHERE p."id" = NULLIF(current_setting('app.person_id', true), '')::uuid));
CREATE POLICY attempt_sign_in ON "SignInAttempt" TO tabled_auth USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, DELETE ON "SignInAttempt" TO tabled_auth;
GRANT USAGE, SELECT ON SEQUENCE "SignInAttempt_id_seq" TO tabled_auth;

-- Email sign-in links: the sign-in role's alone.
ALTER TABLE "MagicLinkToken" ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON "MagicLinkToken" FROM tabled_app;
CREATE POLICY magic_link_sign_in ON "MagicLinkToken" TO tabled_auth USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON "MagicLinkToken" TO tabled_auth;

-- Councils: names and slugs are public (the public pages resolve them); a council's
-- transaction may change only its own row; creating and removing councils is the owner's.
ALTER TABLE "Council" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_read ON "Council" FOR SELECT TO tabled_app USING (true);
CREATE POLICY council_update ON "Council" FOR UPDATE TO tabled_app
  USING ("id" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("id" = NULLIF(current_setting('app.council_id', true), '')::uuid);
REVOKE INSERT, DELETE ON "Council" FROM tabled_app;

-- ---------------------------------------------------------------------------------------
-- The outbox. A council's transaction writes and reads its own council's mail; mail for no
-- council (sign-in links) can be written, never read back, by the app role; only the
-- delivery worker's role sees every message.
ALTER TABLE "OutboxMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxMessage" FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_tenant_read ON "OutboxMessage" FOR SELECT TO tabled_app
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
CREATE POLICY outbox_enqueue ON "OutboxMessage" FOR INSERT TO tabled_app, tabled_auth
  WITH CHECK ("councilId" IS NOT DISTINCT FROM NULLIF(current_setting('app.council_id', true), '')::uuid);
CREATE POLICY outbox_deliver ON "OutboxMessage" TO tabled_mailer USING (true) WITH CHECK (true);
REVOKE UPDATE, DELETE ON "OutboxMessage" FROM tabled_app;
GRANT INSERT ON "OutboxMessage" TO tabled_auth;
GRANT SELECT, UPDATE ON "OutboxMessage" TO tabled_mailer;

-- Mail already sent kept its links in plain text: they are cut out here. (New mail holds
-- its token in "secret", cleared at delivery.)
UPDATE "OutboxMessage"
   SET "textBody" = regexp_replace("textBody", '(token=)[^[:space:]&]+', '\1[removed after sending]', 'g'),
       "htmlBody" = regexp_replace("htmlBody", '(token=)[^[:space:]&"<]+', '\1[removed after sending]', 'g')
 WHERE "status" <> 'PENDING' AND "kind" IN ('magic-link', 'invitation');

-- ---------------------------------------------------------------------------------------
-- Signed records refuse DELETE as they refuse UPDATE, whoever asks, the owner included.
-- A delete cascading from a whole board or meeting (pg_trigger_depth() > 1, only inside a
-- foreign key's referential action) still goes through, as for minutes.

-- Approved and superseded terms of reference (their sections are guarded already).
CREATE OR REPLACE FUNCTION tabled_terms_version_no_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('APPROVED', 'SUPERSEDED') AND pg_trigger_depth() <= 1 THEN
    RAISE EXCEPTION 'terms of reference version %.% is %: approved terms cannot be deleted',
      OLD.major, OLD.minor, lower(OLD.status::text)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER terms_version_no_delete BEFORE DELETE ON "TermsVersion"
  FOR EACH ROW EXECUTE FUNCTION tabled_terms_version_no_delete();

-- Signed-off plan actions.
CREATE OR REPLACE FUNCTION tabled_plan_action_no_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'SIGNED_OFF' AND pg_trigger_depth() <= 1 THEN
    RAISE EXCEPTION 'plan action % has been signed off by the board and cannot be deleted', OLD.reference
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER plan_action_no_delete BEFORE DELETE ON "PlanAction"
  FOR EACH ROW EXECUTE FUNCTION tabled_plan_action_no_delete();

-- Closed actions (signed off at a meeting): their content and sign-off stay as they were.
-- Bookkeeping (updatedAt, version, the derived effectiveDueOn) may move, and a link may
-- become NULL through a foreign key's ON DELETE SET NULL.
CREATE OR REPLACE FUNCTION tabled_action_closed_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  via_cascade boolean := pg_trigger_depth() > 1;
BEGIN
  IF OLD.status <> 'CLOSED' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF via_cascade THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'action % was signed off and closed at a meeting and cannot be deleted', OLD.reference
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."id", NEW."councilId", NEW."boardId", NEW.reference, NEW.description, NEW."ownerAgency", NEW."dueOn",
      NEW."agreedDueOn", NEW.status, NEW."droppedReason", NEW."signedOffAt", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."councilId", OLD."boardId", OLD.reference, OLD.description, OLD."ownerAgency", OLD."dueOn",
      OLD."agreedDueOn", OLD.status, OLD."droppedReason", OLD."signedOffAt", OLD."createdAt")
     OR (NEW."ownerSeatId" IS DISTINCT FROM OLD."ownerSeatId" AND NOT (via_cascade AND NEW."ownerSeatId" IS NULL))
     OR (NEW."sourceMeetingId" IS DISTINCT FROM OLD."sourceMeetingId" AND NOT (via_cascade AND NEW."sourceMeetingId" IS NULL))
     OR (NEW."sourceMinutesItemId" IS DISTINCT FROM OLD."sourceMinutesItemId" AND NOT (via_cascade AND NEW."sourceMinutesItemId" IS NULL))
     OR (NEW."sourcePlanActionId" IS DISTINCT FROM OLD."sourcePlanActionId" AND NOT (via_cascade AND NEW."sourcePlanActionId" IS NULL))
     OR (NEW."signedOffAtMeetingId" IS DISTINCT FROM OLD."signedOffAtMeetingId" AND NOT (via_cascade AND NEW."signedOffAtMeetingId" IS NULL))
     OR (NEW."signedOffById" IS DISTINCT FROM OLD."signedOffById" AND NOT (via_cascade AND NEW."signedOffById" IS NULL)) THEN
    RAISE EXCEPTION 'action % was signed off and closed at a meeting and cannot be changed', OLD.reference
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER action_closed_immutable BEFORE UPDATE OR DELETE ON "Action"
  FOR EACH ROW EXECUTE FUNCTION tabled_action_closed_immutable();

-- Attendance is part of approved minutes (their snapshot, and what the approval hash
-- covers). While a meeting's newest minutes version is signed (approved, distributed,
-- confirmed), its attendance cannot be added to, changed or removed; a correction (a new
-- draft version) opens it again until that correction is approved.
CREATE OR REPLACE FUNCTION tabled_attendance_signed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  latest text;
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  SELECT v.status::text INTO latest FROM "MinutesVersion" v
   WHERE v."meetingId" IN (CASE WHEN TG_OP = 'INSERT' THEN NEW."meetingId" ELSE OLD."meetingId" END,
                           CASE WHEN TG_OP = 'UPDATE' THEN NEW."meetingId" END)
   ORDER BY v."versionNo" DESC LIMIT 1;
  IF latest IN ('APPROVED', 'DISTRIBUTED', 'CONFIRMED', 'SUPERSEDED') THEN
    RAISE EXCEPTION 'the minutes of this meeting are %: attendance is part of them and changes only through a correction', lower(latest)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER attendance_signed BEFORE INSERT OR UPDATE OR DELETE ON "Attendance"
  FOR EACH ROW EXECUTE FUNCTION tabled_attendance_signed();
