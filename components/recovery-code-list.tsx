/** Recovery codes, shown once: they exist only in the answer that made them (only hashes are kept). */
export function RecoveryCodeList({ codes, title = 'Your recovery codes' }: { codes: string[]; title?: string }) {
  return (
    <>
      <h2 id="recovery-codes-title">{title}</h2>
      <p className="mb-4 max-w-2xl">
        If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe, such as a password manager.{' '}
        <strong>They will not be shown again.</strong>
      </p>
      <ul aria-label="Recovery codes" className="mb-6 grid max-w-md grid-cols-2 gap-2 font-mono text-lg">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}
