-- The second factor under the sign-in role (tabled_auth): the password step asks whether
-- the person has an authenticator (acting as them, so the owner_only policies hold), the
-- code step checks the code, spends a recovery code and keeps the challenge. The app role
-- keeps enrolment (as the person) and never sees challenges.
GRANT SELECT, UPDATE ON "TotpCredential" TO tabled_auth;
GRANT SELECT, UPDATE ON "RecoveryCode" TO tabled_auth;

ALTER TABLE "SecondFactorChallenge" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SecondFactorChallenge" FORCE ROW LEVEL SECURITY;
REVOKE ALL ON "SecondFactorChallenge" FROM tabled_app;
CREATE POLICY challenge_sign_in ON "SecondFactorChallenge" TO tabled_auth USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON "SecondFactorChallenge" TO tabled_auth;
