-- AlterTable
ALTER TABLE "ImprovementPlan" ADD COLUMN     "outcomeJudgement" "Judgement",
ADD COLUMN     "outcomeLetterPaperId" UUID,
ADD COLUMN     "outcomeNote" TEXT,
ADD COLUMN     "outcomeOn" DATE;

-- AddForeignKey
ALTER TABLE "ImprovementPlan" ADD CONSTRAINT "ImprovementPlan_outcomeLetterPaperId_fkey" FOREIGN KEY ("outcomeLetterPaperId") REFERENCES "Paper"("id") ON DELETE SET NULL ON UPDATE CASCADE;
