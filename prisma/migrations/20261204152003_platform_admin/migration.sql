-- CreateTable
CREATE TABLE "PlatformAdmin" (
    "personId" UUID NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grantedBy" TEXT NOT NULL,

    CONSTRAINT "PlatformAdmin_pkey" PRIMARY KEY ("personId")
);

-- AddForeignKey
ALTER TABLE "PlatformAdmin" ADD CONSTRAINT "PlatformAdmin_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand. Platform administrators are granted and revoked from the command line,
-- as the owner; the app's role may only see whether the person acting is one.
-- Enabled, not forced: the owner (the command line, and the functions below) must see
-- every row; under FORCE it would see none, as it has no policy.
ALTER TABLE "PlatformAdmin" ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON "PlatformAdmin" FROM tabled_app, tabled_auth, tabled_mailer, PUBLIC;
GRANT SELECT ON "PlatformAdmin" TO tabled_app;
CREATE POLICY platform_admin_self ON "PlatformAdmin" FOR SELECT TO tabled_app
  USING ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid);

-- The app's role may not insert councils (see the security hardening migration). A platform
-- administrator, acting in their own transaction, creates one through this function, which
-- checks who is acting against the table above.
CREATE OR REPLACE FUNCTION tabled_create_council(p_name text, p_slug text, p_region "BankHolidayRegion") RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  created uuid;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "PlatformAdmin" WHERE "personId" = NULLIF(current_setting('app.person_id', true), '')::uuid) THEN
    RAISE EXCEPTION 'only a platform administrator can create a council' USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO "Council" ("slug", "name", "region") VALUES (p_slug, p_name, p_region) RETURNING "id" INTO created;
  RETURN created;
END
$$;
REVOKE ALL ON FUNCTION tabled_create_council(text, text, "BankHolidayRegion") FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tabled_create_council(text, text, "BankHolidayRegion") TO tabled_app;

-- The region decides which bank holidays every working-day deadline skips; only a platform
-- administrator changes it.
CREATE OR REPLACE FUNCTION tabled_set_council_region(p_council uuid, p_region "BankHolidayRegion") RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "PlatformAdmin" WHERE "personId" = NULLIF(current_setting('app.person_id', true), '')::uuid) THEN
    RAISE EXCEPTION 'only a platform administrator can change a council''s region' USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE "Council" SET "region" = p_region WHERE "id" = p_council;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such council' USING ERRCODE = 'no_data_found';
  END IF;
END
$$;
REVOKE ALL ON FUNCTION tabled_set_council_region(uuid, "BankHolidayRegion") FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tabled_set_council_region(uuid, "BankHolidayRegion") TO tabled_app;
