// Next.js calls register() once when a server process starts. The job queue's runner (mail
// delivery, and the scheduled housekeeping: storage reconcile, audit anchors, expired
// receipts, sign-in leftovers, public announcements) runs only in the Node.js runtime (it
// needs SMTP sockets and the database), once per deployment (lib/mail/leader.ts: on a
// PostgreSQL server only the holder of an advisory lock runs it), and can be turned off
// for an instance with TABLED_OUTBOX_WORKER=false; TABLED_MAINTENANCE=false leaves the
// scheduled jobs to other instances. The shutdown hooks run when the cluster worker
// (scripts/serve.ts) has drained its requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { onShutdown } = await import('./lib/server/shutdown');
  if (process.env.TABLED_OUTBOX_WORKER !== 'false') {
    const leader = await import('./lib/mail/leader');
    leader.startOutboxLeader();
    onShutdown('job queue', leader.stopOutboxLeader);
  }
  onShutdown('database', async () => {
    const { closeDatabaseHandle } = await import('./lib/db/client');
    await closeDatabaseHandle();
  });
}
