-- AlterTable
ALTER TABLE "PlanActionSignOff" ADD COLUMN     "reopenedAtMeetingId" UUID,
ADD COLUMN     "reopenedById" UUID;
