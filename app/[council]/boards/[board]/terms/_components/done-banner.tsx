const messages = {
  started: 'Draft started. It copies the previous version: make the changes below.',
  agreed: "The board's agreement has been recorded. The Chair can now approve this version.",
  approved: 'Approved. This version is now the board’s terms of reference and cannot be changed.',
} as const;

/** The outcome of the action that brought the person here (GOV.UK success banner). */
export function DoneBanner({ done }: { done: string | string[] | undefined }) {
  const message = typeof done === 'string' && done in messages ? messages[done as keyof typeof messages] : null;
  if (!message) return null;
  return (
    <div role="status" aria-labelledby="done-title" className="mb-8 border-4 border-success">
      <h2 id="done-title" className="mb-0 bg-success px-4 py-1 text-base text-white">
        Success
      </h2>
      <p className="p-4 font-bold">{message}</p>
    </div>
  );
}
