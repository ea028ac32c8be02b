'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main-content" className="py-10">
      <h1>Sorry, there is a problem with the service</h1>
      <p className="mb-4">
        Everything saved before this is kept. If you were saving something just now, go back and check it was saved. Try again in a moment.
      </p>
      {error.digest && <p className="mb-4 text-secondary">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="cursor-pointer bg-success px-4 py-2 font-bold text-white">
        Try again
      </button>
    </main>
  );
}
