// Next.js calls register() once when a server instance starts. The outbox worker runs
// only in the Node.js runtime (it needs SMTP sockets and the database), and can be
// turned off with TABLED_OUTBOX_WORKER=false, e.g. when a separate process delivers.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build' && process.env.TABLED_OUTBOX_WORKER !== 'false') {
    const { startOutboxWorker } = await import('./lib/mail/worker');
    startOutboxWorker();
  }
}
