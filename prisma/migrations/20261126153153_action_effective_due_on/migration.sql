-- DropIndex
DROP INDEX "Action_boardId_dueOn_reference_idx";

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "effectiveDueOn" DATE;

-- CreateIndex
CREATE INDEX "Action_boardId_effectiveDueOn_reference_idx" ON "Action"("boardId", "effectiveDueOn", "reference");

-- Written by hand: the date that counts is the latest revision the board agreed, else the
-- original (a proposed date never counts). A trigger keeps it, so whoever writes an
-- action (the app, minutes, plans, a seed) cannot leave it stale, and the log's default
-- order and its overdue filter use the index above instead of sorting every row.
CREATE OR REPLACE FUNCTION tabled_action_effective_due_on() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."effectiveDueOn" := COALESCE(NEW."agreedDueOn", NEW."dueOn");
  RETURN NEW;
END
$$;
CREATE TRIGGER action_effective_due_on BEFORE INSERT OR UPDATE ON "Action"
  FOR EACH ROW EXECUTE FUNCTION tabled_action_effective_due_on();

-- Existing rows: the owner lifts FORCE for the backfill only, so that a migration run by
-- a non-superuser owner still reaches every council's actions.
ALTER TABLE "Action" NO FORCE ROW LEVEL SECURITY;
UPDATE "Action" SET "effectiveDueOn" = COALESCE("agreedDueOn", "dueOn");
ALTER TABLE "Action" FORCE ROW LEVEL SECURITY;
