-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "importedAt" TIMESTAMPTZ(3),
ADD COLUMN     "importedFrom" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "historical" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "historicalAbsent" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "historicalApologies" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "historicalMinutes" TEXT,
ADD COLUMN     "historicalPresent" TEXT[] DEFAULT ARRAY[]::TEXT[];
