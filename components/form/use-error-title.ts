'use client';

import { useEffect } from 'react';

const PREFIX = 'Error: ';

/**
 * GOV.UK: while a form shows errors the page title starts "Error: ", so a screen reader
 * hears it first. Next may rewrite the title after a post, so it is re-applied when the
 * <title> changes, and taken off when the errors are gone.
 */
export function useErrorTitle(hasErrors: boolean) {
  useEffect(() => {
    if (!hasErrors) return;
    const apply = () => {
      if (document.title && !document.title.startsWith(PREFIX)) document.title = PREFIX + document.title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      if (document.title.startsWith(PREFIX)) document.title = document.title.slice(PREFIX.length);
    };
  }, [hasErrors]);
}
