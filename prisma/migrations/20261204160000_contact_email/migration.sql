-- Written by hand. A council gives an email address to one of its contacts (a person on
-- its seats with no account), so that they can be invited to sign in. Person rows are
-- global and the app's role may update only its own; this function changes one contact's
-- address, in the council's own transaction, and nothing else:
--   * the person must be on this council's record (a seat holder or substitute, or a
--     substitute at one of its meetings): row-level security shows the function only
--     this council's rows, as it shows the app;
--   * the person must not have an account (a password, Entra ID, a session or membership
--     of a council): an account's address is its owner's, never a council's to change;
--   * the address must not be anyone else's.
-- Contacts are made per council (a council can name only people already on its record,
-- lib/seats/people.ts), so a contact is never another council's too.
CREATE OR REPLACE FUNCTION tabled_set_contact_email(p_person uuid, p_email text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  council uuid := NULLIF(current_setting('app.council_id', true), '')::uuid;
  acting text := current_setting('app.person_id', true);
  address text := lower(trim(p_email));
  member_anywhere boolean;
BEGIN
  IF council IS NULL THEN
    RAISE EXCEPTION 'a contact''s email is set in a council''s transaction' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF address IS NULL OR address !~ '^[^[:space:]@]+@[^[:space:]@]+\.[^[:space:]@]+$' THEN
    RAISE EXCEPTION 'not an email address' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Seat" s WHERE s."councilId" = council AND (s."personId" = p_person OR s."substitutePersonId" = p_person))
     AND NOT EXISTS (SELECT 1 FROM "Attendance" a WHERE a."councilId" = council AND a."substitutePersonId" = p_person) THEN
    RETURN 'not-contact';
  END IF;
  -- Memberships are row-level secured for every role, the owner included: this council's
  -- transaction sees only its own. The person's own rows (the own_memberships policy) show
  -- their membership of any council, so the function looks as that person for a moment.
  PERFORM set_config('app.person_id', p_person::text, true);
  member_anywhere := EXISTS (SELECT 1 FROM "CouncilMembership" m WHERE m."personId" = p_person);
  PERFORM set_config('app.person_id', COALESCE(acting, ''), true);
  IF member_anywhere
     OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = p_person AND (p."entraObjectId" IS NOT NULL OR p."disabledAt" IS NOT NULL))
     OR EXISTS (SELECT 1 FROM "PasswordCredential" c WHERE c."personId" = p_person)
     OR EXISTS (SELECT 1 FROM "AuthSession" s WHERE s."personId" = p_person) THEN
    RETURN 'account';
  END IF;
  IF EXISTS (SELECT 1 FROM "Person" p WHERE p."email" = address AND p."id" <> p_person) THEN
    RETURN 'taken';
  END IF;
  UPDATE "Person" SET "email" = address WHERE "id" = p_person;
  RETURN 'ok';
END
$$;
REVOKE ALL ON FUNCTION tabled_set_contact_email(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tabled_set_contact_email(uuid, text) TO tabled_app;
