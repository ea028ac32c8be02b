-- CreateEnum
CREATE TYPE "ReminderDelivery" AS ENUM ('IMMEDIATELY', 'DIGEST', 'OFF');

-- CreateTable
CREATE TABLE "ReminderPreference" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "delivery" "ReminderDelivery" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "eventKey" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "digestDay" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "DigestEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReminderPreference_personId_idx" ON "ReminderPreference"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderPreference_councilId_personId_kind_key" ON "ReminderPreference"("councilId", "personId", "kind");

-- CreateIndex
CREATE INDEX "ReminderSent_personId_idx" ON "ReminderSent"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_councilId_eventKey_personId_key" ON "ReminderSent"("councilId", "eventKey", "personId");

-- CreateIndex
CREATE INDEX "DigestEntry_councilId_digestDay_sentAt_idx" ON "DigestEntry"("councilId", "digestDay", "sentAt");

-- CreateIndex
CREATE INDEX "DigestEntry_personId_idx" ON "DigestEntry"("personId");

-- AddForeignKey
ALTER TABLE "ReminderPreference" ADD CONSTRAINT "ReminderPreference_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderPreference" ADD CONSTRAINT "ReminderPreference_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestEntry" ADD CONSTRAINT "DigestEntry_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestEntry" ADD CONSTRAINT "DigestEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on every council-owned table (written by hand).
ALTER TABLE "ReminderPreference" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReminderPreference" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReminderPreference"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "ReminderPreference" TO tabled_app;

-- The ledger is written once and never changed: no UPDATE or DELETE for the app.
ALTER TABLE "ReminderSent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReminderSent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReminderSent"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT ON "ReminderSent" TO tabled_app;

ALTER TABLE "DigestEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DigestEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DigestEntry"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "DigestEntry" TO tabled_app;
