-- CreateIndex
CREATE INDEX "Action_boardId_dueOn_reference_idx" ON "Action"("boardId", "dueOn", "reference");
