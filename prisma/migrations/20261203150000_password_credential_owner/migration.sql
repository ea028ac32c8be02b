-- The password hashes are the owner's alone: read and written only by the SECURITY DEFINER
-- functions tabled_password_hash and tabled_set_password (which run as the owner) and by the
-- demo seed (as the owner). FORCE ROW LEVEL SECURITY with no policy refused the owner too,
-- which a superuser owner (the tests, the embedded database) never notices, but on a server
-- set up as the README says (a non-superuser owner) nobody could sign in with a password and
-- db:seed failed. The app's roles still hold no privilege on the table at all.
ALTER TABLE "PasswordCredential" NO FORCE ROW LEVEL SECURITY;
