-- AlterTable
ALTER TABLE "Risk" ADD COLUMN     "currentScore" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Risk_boardId_currentScore_idx" ON "Risk"("boardId", "currentScore");

-- CreateIndex
CREATE INDEX "Risk_boardId_reviewDueOn_idx" ON "Risk"("boardId", "reviewDueOn");

-- CreateIndex
CREATE INDEX "Risk_boardId_category_idx" ON "Risk"("boardId", "category");

-- CreateIndex
CREATE INDEX "Risk_boardId_ownerSeatId_idx" ON "Risk"("boardId", "ownerSeatId");

-- Written by hand: the current score is likelihood x impact, always. A trigger keeps it
-- so whoever writes a risk (the app, a seed, a script) cannot leave it stale, and the
-- risk log filters "above appetite" and sorts by score with an index instead of
-- computing the product row by row.
CREATE OR REPLACE FUNCTION tabled_risk_current_score() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."currentScore" := NEW."currentLikelihood" * NEW."currentImpact";
  RETURN NEW;
END
$$;
CREATE TRIGGER risk_current_score BEFORE INSERT OR UPDATE ON "Risk"
  FOR EACH ROW EXECUTE FUNCTION tabled_risk_current_score();

-- Existing rows: the owner lifts FORCE for the backfill only, so that a migration run by
-- a non-superuser owner still reaches every council's risks.
ALTER TABLE "Risk" NO FORCE ROW LEVEL SECURITY;
UPDATE "Risk" SET "currentScore" = "currentLikelihood" * "currentImpact";
ALTER TABLE "Risk" FORCE ROW LEVEL SECURITY;
