-- The job queue (pg-boss) lives in its own schema, owned by a role of its own: pg-boss
-- creates its tables there (lib/queue/install.ts runs its installer as this role after the
-- migrations), and its maintenance adds daily partitions to tables it owns. The app's
-- processes run the queue as tabled_queue (its connections switch to it), and tabled_app,
-- tabled_auth and tabled_mailer are members, so a transaction can queue a job with the
-- change that caused it (mail is sent if and only if the change commits). tabled_queue has
-- no grant on any council's data. Where an administrator made the roles beforehand (the
-- README's setup), the owner holds them with the admin option and nothing is created here.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tabled_queue') THEN
    CREATE ROLE tabled_queue NOLOGIN;
  END IF;
  -- the migrating role switches into it to install pg-boss
  IF NOT pg_has_role(current_user, 'tabled_queue', 'MEMBER') THEN
    EXECUTE format('GRANT tabled_queue TO %I', current_user);
  END IF;
END
$$;
-- sign-in links are mail too; the mailer hands a message back to the queue during an outage
GRANT tabled_queue TO tabled_app, tabled_auth, tabled_mailer;
CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION tabled_queue;
