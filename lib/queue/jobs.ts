import { currentTime } from '../clock';
import { maintenanceJobs } from '../maintenance/jobs';
import { runDueReminders, sendWeeklyDigests } from '../reminders';
import type { ScheduledWork } from './runner';

/** What each scheduled queue runs (its schedule is in queues.ts): the housekeeping, the reminders and the digest. */
export function scheduledJobs(): ScheduledWork {
  return {
    ...Object.fromEntries(maintenanceJobs().map((job) => [job.name, job.run])),
    reminders: async () => {
      const run = await runDueReminders(currentTime());
      if (run.sent || run.digested) console.log(`[reminders] ${run.sent} sent, ${run.digested} kept for the digest`);
    },
    'weekly-digest': async () => {
      const run = await sendWeeklyDigests(currentTime());
      if (run.sent) console.log(`[reminders] ${run.sent} weekly digest(s) sent`);
    },
  };
}
