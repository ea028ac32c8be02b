'use client';

import { useEffect, useRef, useState } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { takeKeptFormAction } from '@/lib/kept-forms/form-actions';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Sets a field's value so that React's own form state sees it too (as if typed). */
function setTyped(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The form on the page that has the most of the kept fields. */
function formFor(values: Record<string, string[]>): HTMLFormElement | null {
  let best: HTMLFormElement | null = null;
  let bestCount = 0;
  for (const form of Array.from(document.forms)) {
    const count = Object.keys(values).filter((name) => form.elements.namedItem(name)).length;
    if (count > bestCount) [best, bestCount] = [form, count];
  }
  return best;
}

/** Puts the kept values back into the form; the form's own hidden fields (ids, versions) are the page's, not the old ones. */
function restore(form: HTMLFormElement, values: Record<string, string[]>): Field | null {
  let first: Field | null = null;
  for (const [name, kept] of Object.entries(values)) {
    const fields = Array.from(form.elements).filter((el): el is Field => (el as Field).name === name);
    let next = 0;
    for (const el of fields) {
      if (el instanceof HTMLInputElement && (el.type === 'hidden' || el.type === 'file' || el.type === 'password')) continue;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        if (el.checked !== kept.includes(el.value)) el.click();
        continue;
      }
      if (el instanceof HTMLSelectElement) {
        for (const option of Array.from(el.options)) option.selected = kept.includes(option.value);
        el.dispatchEvent(new Event('change', { bubbles: true }));
        first ??= el;
        continue;
      }
      const value = kept[next++];
      if (value === undefined) continue;
      setTyped(el, value);
      first ??= el;
    }
  }
  return first;
}

/**
 * Back from signing in again after a session ended mid-form (`?kept=<key>` on the form's
 * page): fetches what was typed, once, puts it back into the form and says so. The key
 * leaves the address bar at once, so it is not bookmarked or shared.
 */
export function KeptFormRestorer() {
  const params = useSearchParams();
  const pathname = usePathname();
  const key = params.get('kept');
  const [message, setMessage] = useState<string | null>(null);
  const done = useRef<string | null>(null);

  useEffect(() => {
    if (!key || done.current === key) return;
    done.current = key;
    const url = new URL(window.location.href);
    url.searchParams.delete('kept');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    void takeKeptFormAction({ key, path: pathname }).then((values) => {
      if (!values) {
        setMessage('What you typed before you were signed out could not be found: it is kept for an hour, once.');
        return;
      }
      // the form may render a moment after the page: try until it is there
      let tries = 0;
      const attempt = () => {
        const form = formFor(values);
        if (!form && tries++ < 20) return void setTimeout(attempt, 100);
        const first = form ? restore(form, values) : null;
        setMessage(
          form
            ? 'We kept what you typed before you were signed out. Check it, then submit the form again.'
            : 'What you typed could not be put back into this page.',
        );
        first?.focus();
      };
      attempt();
    });
  }, [key, pathname]);

  if (!message) return null;
  return (
    <div role="status" className="mt-6 border-l-8 border-brand bg-panel p-4 font-bold">
      {message}
    </div>
  );
}
