import type { Metadata } from 'next';
import { ContinueWithLink } from './continue-with-link';

export const metadata: Metadata = { title: 'Continue signing in' };

// Email scanners such as Microsoft Safe Links open every link they see; this page only
// shows a button, and the token is used when the person presses it (a POST).
export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  return (
    <main id="main-content" className="py-10">
      <div className="max-w-xl">
        <h1>Continue signing in</h1>
        {token ? <ContinueWithLink token={token} /> : <p>This link is incomplete. Ask for a new one.</p>}
      </div>
    </main>
  );
}
