'use client';

import { useEffect, useRef } from 'react';

/**
 * GOV.UK notification banner. `success` says what the person just did and takes focus
 * (it is where the post that brought them here ended); `important` is information.
 * `messages` maps the `done` query value a redirect carries to the words shown.
 */
export function Banner({
  done,
  messages,
  message,
  extra,
  tone = 'success',
  title,
}: {
  done?: string | string[] | undefined;
  messages?: Record<string, string>;
  message?: React.ReactNode;
  extra?: React.ReactNode;
  tone?: 'success' | 'important';
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const text = message ?? (typeof done === 'string' ? messages?.[done] : undefined);
  useEffect(() => {
    if (text && tone === 'success') ref.current?.focus();
  }, [text, tone, done]);
  if (!text) return null;
  const success = tone === 'success';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={success ? 'status' : 'region'}
      aria-labelledby="banner-title"
      data-focus-result={success ? '' : undefined}
      className={`mb-8 max-w-3xl border-4 focus:outline-focus ${success ? 'border-success' : 'border-brand'}`}
    >
      <h2 id="banner-title" className={`mb-0 px-4 py-1 text-base text-white ${success ? 'bg-success' : 'bg-brand'}`}>
        {title ?? (success ? 'Success' : 'Important')}
      </h2>
      <p className="p-4 font-bold">
        {text}
        {extra}
      </p>
    </div>
  );
}
