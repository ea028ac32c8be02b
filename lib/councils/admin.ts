import { notFound } from 'next/navigation';
import { resolveCouncil, type CouncilContext } from './queries';
import { isCouncilAdmin } from './access';

/** Council administration pages: owners and admins only; anyone else is answered as if the page were not there. */
export async function resolveCouncilAdmin(slug: string): Promise<CouncilContext> {
  const ctx = await resolveCouncil(slug);
  if (!isCouncilAdmin(ctx.councilRole)) notFound();
  return ctx;
}
