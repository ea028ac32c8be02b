/** What the minutes page says after the step that brought the person there (the `done` query value). */
export const minutesDoneMessages: Record<string, string> = {
  started: 'Minutes started, with a section for each agenda item. They save as you type.',
  sent: 'Sent to the Chair for approval. The Chair has been told by email.',
  returned: 'Returned to the administrator with your comments.',
  approved: 'Approved. This version is now the record of the meeting and cannot be changed.',
  distributed: 'Distributed to the members by email.',
  'distributed-late': 'Distributed to the members by email, after the due date: it is recorded as late.',
  confirmed: 'Recorded as confirmed by the board as an accurate record.',
  correcting: 'Correction started as a new version. The approved version stays the record until the Chair approves the correction.',
};

/** After approval: how many actions arising went into the action log. */
export function raisedActions(done: unknown, actions: unknown): string {
  if (done !== 'approved' || typeof actions !== 'string' || !(Number(actions) > 0)) return '';
  return ` ${actions === '1' ? 'One action was' : `${actions} actions were`} added to the action log.`;
}
