-- CreateIndex
CREATE INDEX "MagicLinkToken_expiresAt_idx" ON "MagicLinkToken"("expiresAt");

-- CreateIndex
CREATE INDEX "SecondFactorChallenge_expiresAt_idx" ON "SecondFactorChallenge"("expiresAt");

-- Housekeeping removes what no longer counts (lib/auth/housekeeping.ts), as the sign-in
-- role that keeps these tables: expired second-factor challenges and email links. It
-- could already delete old sign-in attempts. The app role still cannot see them.
GRANT DELETE ON "SecondFactorChallenge" TO tabled_auth;
GRANT DELETE ON "MagicLinkToken" TO tabled_auth;
