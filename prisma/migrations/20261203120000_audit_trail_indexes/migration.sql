-- CreateIndex
CREATE INDEX "AuditEvent_councilId_createdAt_idx" ON "AuditEvent"("councilId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_kind_createdAt_idx" ON "AuditEvent"("councilId", "kind", "createdAt");
