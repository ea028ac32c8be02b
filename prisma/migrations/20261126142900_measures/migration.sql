-- Evidence of impact: a measure is now a definition (unit, target, direction, amber
-- tolerance) linked to plan actions and themes, with its values over time in
-- MeasureValue. Generated with `npm run db:diff -- measures`, then edited by hand so
-- that the flat rows already held (one row per measure and period) are carried over
-- rather than dropped: one measure per plan and title, each old row one value.

-- CreateEnum
CREATE TYPE "MeasureDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateTable
CREATE TABLE "MeasureValue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "councilId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "note" TEXT,
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactMeasureAction" (
    "councilId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "planActionId" UUID NOT NULL,

    CONSTRAINT "ImpactMeasureAction_pkey" PRIMARY KEY ("measureId","planActionId")
);

-- CreateTable
CREATE TABLE "ImpactMeasureTheme" (
    "councilId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "ImpactMeasureTheme_pkey" PRIMARY KEY ("measureId","themeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeasureValue_measureId_periodEnd_key" ON "MeasureValue"("measureId", "periodEnd");

-- Carry the flat rows over. Row-level security is lifted for the owner while copying
-- (no council is set in a migration) and forced again below.
ALTER TABLE "ImpactMeasure" NO FORCE ROW LEVEL SECURITY;

CREATE TEMPORARY TABLE "_measure_keeper" AS
SELECT m."id", first_value(m."id") OVER (PARTITION BY m."planId", m."title" ORDER BY m."recordedAt", m."id") AS "keeperId"
FROM "ImpactMeasure" m;

INSERT INTO "MeasureValue" ("councilId", "measureId", "periodLabel", "periodEnd", "value", "note", "recordedAt")
SELECT m."councilId", k."keeperId",
       CASE WHEN m."period" ~ '^\d{4}-\d{2}$' THEN to_char(to_date(m."period" || '-01', 'YYYY-MM-DD'), 'FMMonth YYYY') ELSE m."period" END,
       CASE WHEN m."period" ~ '^\d{4}-\d{2}$' THEN (to_date(m."period" || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date ELSE m."recordedAt"::date END,
       m."value", m."note", m."recordedAt"
FROM "ImpactMeasure" m JOIN "_measure_keeper" k ON k."id" = m."id"
ON CONFLICT ("measureId", "periodEnd") DO NOTHING;

INSERT INTO "ImpactMeasureAction" ("councilId", "measureId", "planActionId")
SELECT m."councilId", k."keeperId", m."planActionId"
FROM "ImpactMeasure" m JOIN "_measure_keeper" k ON k."id" = m."id"
WHERE m."planActionId" IS NOT NULL
ON CONFLICT DO NOTHING;

DELETE FROM "ImpactMeasure" m USING "_measure_keeper" k WHERE k."id" = m."id" AND k."keeperId" <> m."id";
UPDATE "ImpactMeasure" SET "target" = 0 WHERE "target" IS NULL;
UPDATE "ImpactMeasure" SET "unit" = '' WHERE "unit" IS NULL;
DROP TABLE "_measure_keeper";

-- DropForeignKey
ALTER TABLE "ImpactMeasure" DROP CONSTRAINT "ImpactMeasure_planActionId_fkey";

-- DropIndex
DROP INDEX "ImpactMeasure_planId_title_idx";

-- AlterTable (a direction the old rows never had: higher is better, until someone says otherwise)
ALTER TABLE "ImpactMeasure" DROP COLUMN "note",
DROP COLUMN "period",
DROP COLUMN "planActionId",
DROP COLUMN "value",
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "direction" "MeasureDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
ADD COLUMN     "tolerance" DECIMAL(12,2),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "target" SET NOT NULL,
ALTER COLUMN "unit" SET NOT NULL;
UPDATE "ImpactMeasure" SET "createdAt" = "recordedAt", "updatedAt" = "recordedAt";
ALTER TABLE "ImpactMeasure" DROP COLUMN "recordedAt",
ALTER COLUMN "direction" DROP DEFAULT,
ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "ImpactMeasure" FORCE ROW LEVEL SECURITY;

-- CreateIndex
CREATE INDEX "ImpactMeasureAction_planActionId_idx" ON "ImpactMeasureAction"("planActionId");

-- CreateIndex
CREATE INDEX "ImpactMeasureTheme_themeId_idx" ON "ImpactMeasureTheme"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactMeasure_planId_title_key" ON "ImpactMeasure"("planId", "title");

-- AddForeignKey
ALTER TABLE "MeasureValue" ADD CONSTRAINT "MeasureValue_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "ImpactMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasureAction" ADD CONSTRAINT "ImpactMeasureAction_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "ImpactMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasureAction" ADD CONSTRAINT "ImpactMeasureAction_planActionId_fkey" FOREIGN KEY ("planActionId") REFERENCES "PlanAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasureTheme" ADD CONSTRAINT "ImpactMeasureTheme_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "ImpactMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasureTheme" ADD CONSTRAINT "ImpactMeasureTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "PlanTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the new council-owned tables (as in the row_level_security migration).
ALTER TABLE "MeasureValue" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeasureValue" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MeasureValue"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ImpactMeasureAction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImpactMeasureAction" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ImpactMeasureAction"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);

ALTER TABLE "ImpactMeasureTheme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImpactMeasureTheme" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ImpactMeasureTheme"
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid);
