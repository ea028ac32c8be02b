// Next.js calls register() once when a server process starts. The outbox worker runs only
// in the Node.js runtime (it needs SMTP sockets and the database), once per deployment
// (lib/mail/leader.ts: on a PostgreSQL server only the holder of an advisory lock
// delivers), and can be turned off with TABLED_OUTBOX_WORKER=false. Housekeeping (storage
// reconcile, audit anchors, expired receipts and sign-in leftovers) runs at start and on a
// schedule in the same leading process (in every process that has the outbox worker off);
// TABLED_MAINTENANCE=false turns it off for an instance. The shutdown hooks run when the
// cluster worker (scripts/serve.ts) has drained its requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { onShutdown } = await import('./lib/server/shutdown');
  const outbox = process.env.TABLED_OUTBOX_WORKER !== 'false';
  const leader = outbox ? await import('./lib/mail/leader') : null;
  if (process.env.TABLED_MAINTENANCE !== 'false') {
    const { startMaintenance, runMaintenanceNow, stopMaintenance } = await import('./lib/maintenance/schedule');
    // where this process takes part in the outbox election, housekeeping follows the leader
    startMaintenance(leader ? { when: leader.isOutboxLeader } : {});
    leader?.onLeadershipGained(() => void runMaintenanceNow());
    onShutdown('maintenance', async () => stopMaintenance());
  }
  if (leader) {
    leader.startOutboxLeader();
    onShutdown('outbox', leader.stopOutboxLeader);
  }
  onShutdown('database', async () => {
    const { closeDatabaseHandle } = await import('./lib/db/client');
    await closeDatabaseHandle();
  });
}
