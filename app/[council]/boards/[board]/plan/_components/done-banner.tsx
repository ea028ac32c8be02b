const messages = {
  created: 'Done. Add the actions that answer the inspection’s findings, theme by theme.',
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
