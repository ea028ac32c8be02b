-- AlterTable
ALTER TABLE "ForwardPlanItem" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
