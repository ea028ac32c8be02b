import { fileStore } from '../storage';
import { describeReconcile, reconcileStorage } from '../storage/reconcile';
import { writeAuditAnchors } from '../audit/anchor';
import { pruneSubmissionReceipts } from '../action/idempotency';
import { withApp, withCouncil } from '../db/tenant';
import { pruneSignInLeftovers } from '../auth/housekeeping';
import { currentTime } from '../clock';
import { announceDueAgendasIn } from '../public/subscriber-mail';
import { prunePublicSubscriptions } from '../public/subscriptions';

export type MaintenanceJob = { name: string; run: () => Promise<void> };

/**
 * The housekeeping a deployment runs on the job queue, each under its queue's name (their
 * schedules are in lib/queue/queues.ts). The queue runs each once per deployment, whatever
 * the number of app servers.
 */
export function maintenanceJobs(): MaintenanceJob[] {
  return [
    {
      name: 'storage-reconcile',
      run: async () => {
        const report = await reconcileStorage({ store: fileStore() });
        const lines = describeReconcile(report);
        const quiet = report.removedPartial.length + report.removedUnreferenced.length + report.recovered.length + report.missing.length === 0;
        if (!quiet) for (const line of lines) (report.missing.length ? console.warn : console.log)(line);
      },
    },
    {
      name: 'audit-anchors',
      run: async () => {
        const run = await writeAuditAnchors({ store: fileStore() });
        if (run.skipped) console.warn(`[audit-anchor] not written: ${run.skipped}`);
      },
    },
    {
      name: 'submission-receipts',
      run: async () => {
        const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }));
        for (const { id } of councils) await withCouncil(id, (tx) => pruneSubmissionReceipts(tx));
      },
    },
    {
      // an agreed agenda goes public by itself at its deadline: its board's subscribers are told
      name: 'agenda-announcements',
      run: async () => {
        const now = currentTime();
        const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }));
        for (const { id } of councils) await withCouncil(id, (tx) => announceDueAgendasIn(tx, now));
      },
    },
    {
      // the public's addresses are kept only while they are of use
      name: 'public-subscriptions',
      run: async () => {
        const now = currentTime();
        const councils = await withApp((tx) => tx.council.findMany({ select: { id: true } }));
        for (const { id } of councils) await withCouncil(id, (tx) => prunePublicSubscriptions(tx, now));
      },
    },
    {
      // identity tables: as the sign-in role (withAuth), never the app's
      name: 'sign-in-leftovers',
      run: async () => {
        await pruneSignInLeftovers(currentTime());
      },
    },
  ];
}
