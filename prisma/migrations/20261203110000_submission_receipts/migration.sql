-- CreateTable
CREATE TABLE "SubmissionReceipt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "key" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "result" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SubmissionReceipt_createdAt_idx" ON "SubmissionReceipt"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionReceipt_councilId_personId_key_key" ON "SubmissionReceipt"("councilId", "personId", "key");

-- Row-level security, as on every council-owned table (written by hand).
ALTER TABLE "SubmissionReceipt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SubmissionReceipt" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SubmissionReceipt"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "SubmissionReceipt" TO tabled_app;
