import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { myCouncils } from '@/lib/councils/queries';

export default async function HomePage() {
  const actor = await getActor();
  if (actor) {
    const councils = myCouncils(actor);
    if (councils.length === 1 && councils[0]) redirect(`/${councils[0].slug}`);
    return (
      <main id="main-content" className="py-10">
        <h1>Your councils</h1>
        {councils.length === 0 ? (
          <p>You are not a member of any council yet. Ask your board administrator to invite you.</p>
        ) : (
          <ul className="space-y-2">
            {councils.map((c) => (
              <li key={c.id}>
                <Link href={`/${c.slug}`} className="text-lg font-bold">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    );
  }
  return (
    <main id="main-content" className="py-10">
      <h1>Run your improvement board on the record</h1>
      <p className="mb-4 max-w-2xl text-lg">
        Tabled helps councils run the improvement boards they set up after an Ofsted inspection of children&apos;s services:
        meetings, agendas and papers, apologies and substitutes, minutes signed off by the Chair, and the action and risk logs
        that show the improvement plan is delivered.
      </p>
      <Link href="/sign-in" className="inline-block bg-success px-4 py-2 font-bold text-white no-underline visited:text-white hover:text-white">
        Sign in
      </Link>
    </main>
  );
}
