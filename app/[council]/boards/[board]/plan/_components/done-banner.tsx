const messages = {
  created: 'Plan started. Add the actions that answer the inspection’s findings, theme by theme.',
  'signed-off': 'Signed off. The board’s sign-off is recorded with the meeting and the evidence seen, and the action can no longer be changed.',
  reopened: 'Reopened. The board’s decision is recorded beside the earlier sign-off.',
  approved: 'Plan approved. Your name and the time are recorded.',
  status: 'The plan’s status has changed.',
} as const;

/** The outcome of the action that brought the person here (GOV.UK success banner). */
export function DoneBanner({ done, message: custom }: { done: string | string[] | undefined; message?: string }) {
  const message = custom ?? (typeof done === 'string' && done in messages ? messages[done as keyof typeof messages] : null);
  if (!message || typeof done !== 'string') return null;
  return (
    <div role="status" aria-labelledby="done-title" className="mb-8 border-4 border-success">
      <h2 id="done-title" className="mb-0 bg-success px-4 py-1 text-base text-white">
        Success
      </h2>
      <p className="p-4 font-bold">{message}</p>
    </div>
  );
}
