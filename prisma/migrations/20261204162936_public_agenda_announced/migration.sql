-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "publicAnnouncedAt" TIMESTAMPTZ(3);
