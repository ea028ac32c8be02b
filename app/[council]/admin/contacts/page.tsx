import type { Metadata } from 'next';
import { resolveCouncilAdmin } from '@/lib/councils/admin';
import { listContacts } from '@/lib/people/queries';
import { Contacts } from './contacts';

export const metadata: Metadata = { title: 'Contacts without an account' };

/** The council's contacts: people on its seats who cannot sign in, to give an address and invite, or merge into their account. */
export default async function ContactsPage({ params }: { params: Promise<{ council: string }> }) {
  const { council } = await params;
  const ctx = await resolveCouncilAdmin(council);
  const contacts = await listContacts(ctx);
  return (
    <main id="main-content" className="py-8">
      <span className="text-lg text-secondary">{ctx.council.name}</span>
      <Contacts council={ctx.council.slug} {...contacts} />
    </main>
  );
}
