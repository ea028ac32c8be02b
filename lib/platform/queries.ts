import 'server-only';
import type { AccessActor } from '../access/resolve';
import { withPlatformAdmin } from './access';

/** Every council on this deployment (names, addresses and regions are public facts), for the platform page. */
export function listCouncils(actor: AccessActor) {
  return withPlatformAdmin(actor, async (admin, tx) => ({
    admin,
    councils: await tx.council.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, region: true, createdAt: true } }),
  }));
}
