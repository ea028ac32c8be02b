'use client';

/** Opens the browser's print dialogue; without JavaScript the browser's own Print works just as well. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="cursor-pointer bg-ink px-4 py-2 font-bold text-white print:hidden">
      Print this page
    </button>
  );
}
