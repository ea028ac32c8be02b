'use client';

import { useState, type FormEvent, type RefObject } from 'react';

/**
 * Stops a file over the limit in the browser, before it is sent (the server refuses it
 * too, but only after the upload). Returns the message to show in the error summary,
 * which gets focus so that a screen reader hears it, and the form's onSubmit handler.
 */
export function useFileSizeCheck(maxKb: number, summary: RefObject<HTMLElement | null>, field = 'file') {
  const [tooBig, setTooBig] = useState<string | null>(null);
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem(field) as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxKb * 1024) {
      event.preventDefault();
      setTooBig(`The file must be smaller than ${maxKb} KB: ${file.name} is ${Math.ceil(file.size / 1024)} KB`);
      requestAnimationFrame(() => summary.current?.focus());
    } else setTooBig(null);
  };
  return { tooBig, checkSize };
}
