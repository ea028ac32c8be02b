-- The commissioned author's reminders (issue 19.2): the last one sent, by its event key,
-- set in the transaction that queues its mail, so each goes once however many servers run
-- the reminders.
ALTER TABLE "PaperCommission" ADD COLUMN "remindedKey" TEXT;
