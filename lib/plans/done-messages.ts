/** What the plan's pages say after the step that brought the person there (the `done` query value). */
export const planDoneMessages: Record<string, string> = {
  created: 'Plan started. Add the actions that answer the inspection’s findings, theme by theme.',
  'signed-off': 'Signed off. The board’s sign-off is recorded with the meeting and the evidence seen, and the action can no longer be changed.',
  reopened: 'Reopened. The board’s decision is recorded beside the earlier sign-off.',
  approved: 'Plan approved. Your name and the time are recorded.',
  status: 'The plan’s status has changed.',
};
