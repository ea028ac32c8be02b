'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { signInPath } from '@/lib/routes';

const EVENT = 'tabled:session-ended';

/**
 * Tells the page that the session has ended (a form came back refused for it, or the
 * timeout warning ran out). The page itself is not reloaded: that would take away the
 * form and what was typed in it.
 */
export function announceSessionEnded() {
  window.dispatchEvent(new Event(EVENT));
}

/** Rendered by a form whose post came back "your session has ended". */
export function SessionEndedSignal() {
  useEffect(() => announceSessionEnded(), []);
  return null;
}

/**
 * The header's signed-in part (who, and their links) while the session lives; once the
 * page hears that it has ended, a "Sign in" link back to this page instead, so the header
 * never says someone is signed in when they are not.
 */
export function SignedInHeader({ children }: { children: React.ReactNode }) {
  const [ended, setEnded] = useState(false);
  const pathname = usePathname();
  useEffect(() => {
    const onEnded = () => setEnded(true);
    window.addEventListener(EVENT, onEnded);
    return () => window.removeEventListener(EVENT, onEnded);
  }, []);
  if (!ended) return <>{children}</>;
  return (
    <a href={signInPath({ callbackUrl: pathname })} className="text-white visited:text-white hover:text-white">
      Sign in
    </a>
  );
}
