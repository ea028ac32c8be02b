'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { sessionTimeLeftAction, staySignedInAction } from '@/lib/auth/session-timeout-actions';
import { announceSessionEnded } from './session-ended';
import { homePath, signInPath } from '@/lib/routes';

/** The warning shows this long before the session ends (GOV.UK's timeout warning pattern). */
const WARN_MS = 2 * 60_000;

const minutesText = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
};

/**
 * Warns before the session ends, in an accessible modal dialog (a native <dialog>: focus
 * moves into it and stays there, Escape means "stay signed in"). Before it shows it asks
 * the server how long is really left, without that question counting as activity, since
 * another tab may have kept the session alive. "Stay signed in" extends the session on
 * the server. Once the session has ended the dialog says so, with a link to sign in again
 * that comes back to this page, and the header stops saying who is signed in; the page
 * is not reloaded, so nothing typed in it is lost.
 */
export function SessionTimeout({ msLeft }: { msLeft: number | null }) {
  const [phase, setPhase] = useState<'quiet' | 'warning' | 'ended'>('quiet');
  const [left, setLeft] = useState(WARN_MS);
  const deadline = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  // the check reschedules itself through this ref, so a timer always runs the latest one
  const checkRef = useRef<() => Promise<void>>(async () => {});
  const later = (ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void checkRef.current(), Math.max(0, ms));
  };

  const end = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    deadline.current = null;
    setPhase('ended');
    // the page stays as it is (with whatever was typed); the header stops saying who is signed in
    announceSessionEnded();
  }, []);

  const check = useCallback(async () => {
    const remaining = await sessionTimeLeftAction().catch(() => null);
    if (remaining === null) {
      // the server could not be asked: try again shortly rather than warn on a guess
      later(30_000);
      return;
    }
    if (remaining <= 0) return end();
    deadline.current = Date.now() + remaining;
    if (remaining > WARN_MS + 5_000) {
      later(remaining - WARN_MS);
      return;
    }
    setLeft(remaining);
    setPhase('warning');
    later(remaining + 1_000);
  }, [end]);

  useEffect(() => {
    checkRef.current = check;
  }, [check]);

  useEffect(() => {
    if (msLeft === null) return;
    deadline.current = Date.now() + msLeft;
    later(msLeft - WARN_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [msLeft]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (phase === 'quiet' && d.open) d.close();
    if (phase !== 'quiet' && !d.open) d.showModal();
  }, [phase]);

  async function stay() {
    const remaining = await staySignedInAction().catch(() => 0);
    if (remaining <= 0) return end();
    deadline.current = Date.now() + remaining;
    later(remaining - WARN_MS);
    setPhase('quiet');
  }

  const signInHref = signInPath({ callbackUrl: pathname });
  return (
    <dialog
      ref={dialog}
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      onCancel={(e) => {
        e.preventDefault();
        if (phase === 'warning') void stay();
        else setPhase('quiet');
      }}
      className="m-auto max-w-lg border-4 border-ink bg-white p-6 text-ink backdrop:bg-black/60"
    >
      {phase === 'ended' ? (
        <>
          <h2 id="timeout-title" className="text-2xl">
            You have been signed out
          </h2>
          <p id="timeout-text" className="mb-6">
            You were signed out because you had not done anything for a while. If you submit a form now, what you typed is kept until you sign in again.
          </p>
          <p className="flex flex-wrap items-center gap-6">
            <a href={signInHref} className="bg-success px-4 py-2 font-bold text-white no-underline visited:text-white hover:text-white">
              Sign in again
            </a>
            <button type="button" onClick={() => setPhase('quiet')} className="cursor-pointer text-link underline">
              Close
            </button>
          </p>
        </>
      ) : (
        <>
          <h2 id="timeout-title" className="text-2xl">
            You are about to be signed out
          </h2>
          <p id="timeout-text" className="mb-6">
            For your security, we will sign you out in {minutesText(left)} because you have not done anything for a while. Anything you have not saved is kept
            in the page until then.
          </p>
          <p className="flex flex-wrap items-center gap-6">
            <button
              type="button"
              autoFocus
              onClick={() => void stay()}
              className="cursor-pointer bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
            >
              Stay signed in
            </button>
            <button type="button" onClick={() => void signOut({ callbackUrl: homePath() })} className="cursor-pointer text-link underline">
              Sign out
            </button>
          </p>
        </>
      )}
    </dialog>
  );
}
