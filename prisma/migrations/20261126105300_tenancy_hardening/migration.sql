-- Written by hand: row-level security for invitations, the app role's grants on the new
-- tables, a person's view of their own memberships, and an append-only audit trail.

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tabled_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tabled_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tabled_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tabled_app;
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM tabled_app;
  END IF;
END
$$;

ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Invitation"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

-- A signed-in person lists their own councils (for the switcher) before any council is
-- chosen: a read-only window onto their own membership rows, nobody else's.
CREATE POLICY own_memberships ON "CouncilMembership" FOR SELECT
  USING ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid);

-- The audit trail is append-only: no update, delete or truncate, whoever asks.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM tabled_app;
CREATE OR REPLACE FUNCTION tabled_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION tabled_refuse_audit_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION tabled_refuse_audit_change();
