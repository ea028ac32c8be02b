-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "referredFromActionId" UUID;

-- CreateIndex
CREATE INDEX "Action_referredFromActionId_idx" ON "Action"("referredFromActionId");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_referredFromActionId_fkey" FOREIGN KEY ("referredFromActionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;
