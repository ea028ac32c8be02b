import type { Metadata } from 'next';
import Link from 'next/link';
import { getActor } from '@/lib/auth/session';
import { myCouncils } from '@/lib/councils/queries';
import { forYou } from '@/lib/for-you/queries';
import { TaskList } from './for-you';
import { isPlatformAdmin } from '@/lib/platform/access';
import { councilPath, platformPath, signInPath } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getActor()) ? 'For you' : { absolute: 'Tabled' } };
}

export default async function HomePage() {
  const actor = await getActor();
  if (actor) {
    // the landing page after sign-in: what is this person's to do, across every council and board
    const councils = myCouncils(actor);
    const [{ tasks }, platformAdmin] = await Promise.all([forYou(actor), isPlatformAdmin(actor.id)]);
    const open = tasks.filter((t) => t.state !== 'done').length;
    return (
      <main id="main-content" className="py-10">
        <h1>For you</h1>
        <p className="mb-8 max-w-2xl text-lg">
          {open === 0
            ? 'Nothing is waiting for you.'
            : `${open} ${open === 1 ? 'thing is' : 'things are'} waiting for you across ${councils.length > 1 ? 'your councils and boards' : 'your boards'}. Late work comes first.`}
        </p>
        <TaskList tasks={tasks} />
        <h2>Your councils</h2>
        {councils.length === 0 ? (
          <p>You are not a member of any council yet. Ask your board administrator to invite you.</p>
        ) : (
          <ul className="space-y-2">
            {councils.map((c) => (
              <li key={c.id}>
                <Link href={councilPath(c.slug)} className="text-lg font-bold">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {platformAdmin && (
          <>
            <h2 className="mt-8">Platform administration</h2>
            <p>
              <Link href={platformPath()}>Councils on this deployment</Link>: create a council and set its region.
            </p>
          </>
        )}
      </main>
    );
  }
  return (
    <main id="main-content" className="py-10">
      <h1>Run your improvement board on the record</h1>
      <p className="mb-4 max-w-2xl text-lg">
        Tabled helps councils run the improvement boards they set up after an Ofsted inspection of children&apos;s services: meetings, agendas and papers,
        apologies and substitutes, minutes signed off by the Chair, and the action and risk logs that show the improvement plan is delivered.
      </p>
      <Link href={signInPath()} className="inline-block bg-success px-4 py-2 font-bold text-white no-underline visited:text-white hover:text-white">
        Sign in
      </Link>
    </main>
  );
}
