-- AlterTable
ALTER TABLE "ImprovementPlan" ADD COLUMN     "approvedAtMeetingId" UUID;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_approvedAtMeetingId_fkey" FOREIGN KEY ("approvedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
