-- CreateTable
CREATE TABLE "KeptForm" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "keyHash" TEXT NOT NULL,
    "personId" UUID,
    "path" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KeptForm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KeptForm_keyHash_key" ON "KeptForm"("keyHash");

-- CreateIndex
CREATE INDEX "KeptForm_expiresAt_idx" ON "KeptForm"("expiresAt");

-- Not a council's data (no councilId, like AuthSession): the app reads it only by the
-- hash of a key held by the browser that typed it.
GRANT SELECT, INSERT, UPDATE, DELETE ON "KeptForm" TO tabled_app;
