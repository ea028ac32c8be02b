-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "requireSecondFactor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TotpCredential" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "lastUsedStep" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TotpCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecondFactorChallenge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tokenHash" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "method" TEXT NOT NULL,
    "callbackUrl" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecondFactorChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TotpCredential_personId_key" ON "TotpCredential"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCode_personId_codeHash_key" ON "RecoveryCode"("personId", "codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "SecondFactorChallenge_tokenHash_key" ON "SecondFactorChallenge"("tokenHash");

-- CreateIndex
CREATE INDEX "SecondFactorChallenge_personId_idx" ON "SecondFactorChallenge"("personId");

-- AddForeignKey
ALTER TABLE "TotpCredential" ADD CONSTRAINT "TotpCredential_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sessions name how they were authenticated; the email link is called a magic link everywhere.
UPDATE "AuthSession" SET "method" = 'magic-link' WHERE "method" = 'email-link';

-- A person's second factor is theirs alone: readable and writable only with their own
-- person set for the transaction (withPerson), never from a council's context.
ALTER TABLE "TotpCredential" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TotpCredential" FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_only ON "TotpCredential"
  USING ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid)
  WITH CHECK ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid);

ALTER TABLE "RecoveryCode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecoveryCode" FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_only ON "RecoveryCode"
  USING ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid)
  WITH CHECK ("personId" = NULLIF(current_setting('app.person_id', true), '')::uuid);
