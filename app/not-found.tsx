import type { Metadata } from 'next';
import Link from 'next/link';
import { homePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id="main-content" className="py-10">
      <h1>Page not found</h1>
      <p className="mb-4">If you typed the web address, check it is correct.</p>
      <p className="mb-4">If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href={homePath()}>Go to the start page</Link>
      </p>
    </main>
  );
}
