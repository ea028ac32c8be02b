'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** Where focus goes when what had it has gone: a result first, else the page's heading. */
function moveToResult() {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  const target =
    document.querySelector<HTMLElement>('[data-focus-result]') ?? document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}

/**
 * Focus is never left on <body> after a post or a move between pages: when the element
 * that had focus disappears (its form was replaced by the result) or the page changes,
 * focus goes to the result or the new page's heading, so keyboard and screen reader users
 * carry on from there rather than from the top of the document.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const search = useSearchParams();
  const first = useRef(true);
  useEffect(() => {
    // a page loaded afresh starts at the top, where its skip link is
    if (first.current) {
      first.current = false;
      return;
    }
    // after the new page's own effects (a banner takes focus itself)
    const t = setTimeout(moveToResult, 0);
    return () => clearTimeout(t);
  }, [pathname, search]);
  useEffect(() => {
    let last: Element | null = null;
    const onFocus = (e: FocusEvent) => {
      last = e.target as Element;
    };
    const observer = new MutationObserver(() => {
      if (last && !last.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
        last = null;
        moveToResult();
      }
    });
    document.addEventListener('focusin', onFocus);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, []);
  return null;
}
