import type { Metadata } from 'next';
import Link from 'next/link';
import { homePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'You cannot open this page' };

/** What the one page guard (lib/access/page.ts) shows for a FORBIDDEN refusal. */
export default function Forbidden() {
  return (
    <main id="main-content" className="py-10">
      <h1>You cannot open this page</h1>
      <p className="mb-4">Your account does not give you access to it. If you think it should, ask the board administrator.</p>
      <p>
        <Link href={homePath()}>Go to the start page</Link>
      </p>
    </main>
  );
}
