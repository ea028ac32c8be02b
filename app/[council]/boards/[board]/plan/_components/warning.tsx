/** A GOV.UK warning: an icon and the word "Warning" for screen readers, so it never relies on colour. */
export function Warning({ children, id }: { children: React.ReactNode; id?: string }) {
  return (
    <div id={id} className="mb-6 flex max-w-3xl items-start gap-4 border-l-8 border-error bg-panel p-4">
      <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-ink text-2xl font-bold text-white">
        !
      </span>
      <div>
        <strong className="sr-only">Warning: </strong>
        {children}
      </div>
    </div>
  );
}
