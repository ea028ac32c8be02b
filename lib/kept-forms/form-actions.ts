'use server';

import { z } from 'zod';
import { getActor } from '../auth/session';
import { takeKeptForm } from './store';

const input = z.object({ key: z.string().max(100), path: z.string().max(2000).startsWith('/') });

/** Gives the signed-in person back what they typed before their session ended, once. */
export async function takeKeptFormAction(raw: { key: string; path: string }): Promise<Record<string, string[]> | null> {
  const actor = await getActor();
  const parsed = input.safeParse(raw);
  if (!actor || !parsed.success) return null;
  return takeKeptForm(parsed.data.key, actor.id, parsed.data.path);
}
