-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "calendarBody" TEXT,
ADD COLUMN     "calendarMethod" TEXT;
