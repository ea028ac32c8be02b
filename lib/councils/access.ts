import type { CouncilRole } from '../db/generated/prisma/client';

export type CouncilMembershipView = {
  council: { id: string; slug: string; name: string; region: string };
  councilRole: CouncilRole;
};

export const isCouncilAdmin = (role: CouncilRole) => role === 'OWNER' || role === 'ADMIN';
