'use client';

// The last resort, when the root layout itself fails (for example the database is
// unreachable while the layout reads the session): a whole page of its own, no app styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Sorry, there is a problem with the service – Tabled</title>
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main id="main-content">
          <h1>Sorry, there is a problem with the service</h1>
          <p>Everything saved before this is kept. If you were saving something just now, go back and check it was saved.</p>
          <p>Try again in a minute.</p>
          {error.digest && <p>Reference: {error.digest}</p>}
          <button type="button" onClick={reset} style={{ padding: '0.5rem 1rem', fontWeight: 'bold', cursor: 'pointer' }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
