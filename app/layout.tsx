import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';
import { getActor } from '@/lib/auth/session';
import { SignOutButton } from '@/components/sign-out-button';
import { Suspense } from 'react';
import { RouteFocus } from '@/components/route-focus';
import { SessionTimeout } from '@/components/session-timeout';
import { KeptFormRestorer } from '@/components/kept-form-restorer';
import { SignedInHeader } from '@/components/session-ended';
import { currentTime } from '@/lib/clock';
import { accessibilityPath, accountPath, homePath, myMeetingsPath, signInPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: { default: 'Tabled', template: '%s – Tabled' },
  description: "Governance for children's services improvement boards",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <html lang="en-GB">
      <body className="font-sans text-ink">
        <a href="#main-content" className="sr-only focus:not-sr-only focus:block focus:bg-focus focus:p-3 focus:text-ink">
          Skip to main content
        </a>
        <header className="bg-ink text-white">
          <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-4 px-4 py-3">
            <Link href={homePath()} className="text-2xl font-bold text-white no-underline visited:text-white hover:text-white">
              Tabled
            </Link>
            {actor ? (
              <SignedInHeader>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                  <span>
                    Signed in as <strong>{actor.name}</strong>
                  </span>
                  <Link href={homePath()} className="text-white visited:text-white hover:text-white">
                    For you
                  </Link>
                  <Link href={myMeetingsPath()} className="text-white visited:text-white hover:text-white">
                    My meetings
                  </Link>
                  <Link href={accountPath('sessions')} className="text-white visited:text-white hover:text-white">
                    Your sessions
                  </Link>
                  <Link href={accountPath('security')} className="text-white visited:text-white hover:text-white">
                    Sign-in security
                  </Link>
                  <Link href={accountPath('notifications')} className="text-white visited:text-white hover:text-white">
                    Notifications
                  </Link>
                  <SignOutButton />
                </div>
              </SignedInHeader>
            ) : (
              <Link href={signInPath()} className="text-white visited:text-white hover:text-white">
                Sign in
              </Link>
            )}
          </div>
          <div className="h-2 bg-brand" />
        </header>
        <div className="mx-auto w-full max-w-page min-w-0 flex-1 px-4">
          {actor && (
            <Suspense fallback={null}>
              <KeptFormRestorer />
            </Suspense>
          )}
          {children}
        </div>
        <Suspense fallback={null}>
          <RouteFocus />
        </Suspense>
        <SessionTimeout msLeft={actor?.sessionEndsAt ? Math.max(0, actor.sessionEndsAt.getTime() - currentTime().getTime()) : null} />
        <footer className="mt-12 border-t-4 border-brand bg-panel">
          <div className="mx-auto flex max-w-page flex-wrap justify-between gap-4 px-4 py-6 text-sm text-secondary">
            <p>Tabled: improvement board governance for councils.</p>
            <ul className="flex gap-4">
              <li>
                <Link href={accessibilityPath()}>Accessibility statement</Link>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
