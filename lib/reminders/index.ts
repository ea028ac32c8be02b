// Reminders and the weekly digest (issue 19, item 2). The job queue schedules these two:
// runDueReminders hourly, sendWeeklyDigests on Mondays at 07:00 Europe/London. Both are
// safe to run at any time, from any number of processes at once.
export { runDueReminders, type ReminderRun, type ReminderRunOptions } from './dispatch';
export { sendWeeklyDigests, type DigestRun } from './digest';
