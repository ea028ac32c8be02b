// Next.js calls register() once when a server instance starts. The outbox worker runs
// only in the Node.js runtime (it needs SMTP sockets and the database), and can be
// turned off with TABLED_OUTBOX_WORKER=false, e.g. when a separate process delivers.
// Housekeeping (storage reconcile, audit anchors, expired submission receipts) runs at
// start and on a schedule; TABLED_MAINTENANCE=false turns it off for an instance.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.TABLED_OUTBOX_WORKER !== 'false') {
    const { startOutboxWorker } = await import('./lib/mail/worker');
    startOutboxWorker();
  }
  if (process.env.TABLED_MAINTENANCE !== 'false') {
    const { startMaintenance } = await import('./lib/maintenance/schedule');
    startMaintenance();
  }
}
