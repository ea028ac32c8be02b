-- An administrator sends a council's failed or waiting mail again (lib/mail/actions.ts), in
-- the council's transaction with its audit event. The app role may change only the three
-- delivery columns, only of its own council's messages, and only back to PENDING: never
-- an address, a subject, a body or another council's mail (written by hand).
GRANT UPDATE ("status", "attempts", "nextAttemptAt") ON "OutboxMessage" TO tabled_app;
CREATE POLICY outbox_requeue ON "OutboxMessage" FOR UPDATE TO tabled_app
  USING ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid)
  WITH CHECK ("councilId" = NULLIF(current_setting('app.council_id', true), '')::uuid AND "status" = 'PENDING');
