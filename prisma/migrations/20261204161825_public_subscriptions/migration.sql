-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "listUnsubscribe" TEXT;

-- CreateTable
CREATE TABLE "PublicSubscription" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "boardId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "topics" TEXT[],
    "requestedTopics" TEXT[],
    "confirmTokenHash" TEXT,
    "confirmTokenExpiresAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribeTokenHash" TEXT NOT NULL,
    "unsubscribeTokenSealed" TEXT NOT NULL,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "confirmMailsInWindow" INTEGER NOT NULL DEFAULT 0,
    "confirmWindowStartedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicSubscription_confirmTokenHash_key" ON "PublicSubscription"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "PublicSubscription_unsubscribeTokenHash_key" ON "PublicSubscription"("unsubscribeTokenHash");

-- CreateIndex
CREATE INDEX "PublicSubscription_councilId_idx" ON "PublicSubscription"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicSubscription_boardId_email_key" ON "PublicSubscription"("boardId", "email");

-- AddForeignKey
ALTER TABLE "PublicSubscription" ADD CONSTRAINT "PublicSubscription_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicSubscription" ADD CONSTRAINT "PublicSubscription_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as on every council-owned table (written by hand).
ALTER TABLE "PublicSubscription" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PublicSubscription" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PublicSubscription"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON "PublicSubscription" TO tabled_app;
