const messages: Record<string, string> = {
  started: 'Minutes started, with a section for each agenda item. They save as you type.',
  sent: 'Sent to the Chair for approval. The Chair has been told by email.',
  returned: 'Returned to the administrator with your comments.',
  approved: 'Approved. This version is now the record of the meeting and cannot be changed.',
  distributed: 'Distributed to the members by email.',
  'distributed-late': 'Distributed to the members by email, after the due date: it is recorded as late.',
  confirmed: 'Recorded as confirmed by the board as an accurate record.',
  correcting: 'Correction started as a new version. The approved version stays the record until the Chair approves the correction.',
};

/** The outcome of the step that brought the person here (GOV.UK success banner). */
export function DoneBanner({ done, actions }: { done: string | string[] | undefined; actions?: string | string[] | undefined }) {
  const message = typeof done === 'string' ? messages[done] : undefined;
  if (!message) return null;
  const raised = done === 'approved' && typeof actions === 'string' && Number(actions) > 0 ? ` ${actions === '1' ? 'One action was' : `${actions} actions were`} added to the action log.` : '';
  return (
    <div role="status" aria-labelledby="done-title" className="mb-8 border-4 border-success">
      <h2 id="done-title" className="mb-0 bg-success px-4 py-1 text-base text-white">
        Success
      </h2>
      <p className="p-4 font-bold">
        {message}
        {raised}
      </p>
    </div>
  );
}
