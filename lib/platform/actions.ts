import 'server-only';
import type { z } from 'zod';
import { asRefusal, echo, formValues, parseInput, type RequestInfo } from '../action/define';
import type { ActionResult } from '../action/result';
import { appendAudit, type AuditDraft } from '../audit/append';
import { currentTime } from '../clock';
import type { Tx } from '../db/tenant';
import { AppError } from '../errors';
import { issueInvitation } from '../invitations/issue';
import { seedCouncilLists } from '../councils/lists';
import { label } from '../labels';
import { withPlatformAdmin, type PlatformAdmin } from './access';
import { createCouncilSchema, setRegionSchema } from './schema';

export type PlatformCall = {
  actorId: string;
  sessionId?: string;
  input: FormData | Record<string, unknown>;
  request?: RequestInfo;
  now?: Date;
};

type PlatformContext = { tx: Tx; admin: PlatformAdmin; now: Date; request: RequestInfo };

/**
 * The platform's changes, as defineAction runs a council's: the session, the platform
 * administrator's row, zod, one transaction with the change and its audit events (in the
 * council the change is about), and a typed result. Not in the action registry, because
 * no council member can ever run these.
 */
async function runPlatformChange<S extends z.ZodType, T>(
  schema: S,
  call: PlatformCall,
  change: (ctx: PlatformContext, input: z.infer<S>) => Promise<{ data: T; message: string }>,
): Promise<ActionResult<T>> {
  const values = formValues(call.input);
  const now = call.now ?? currentTime();
  const request = call.request ?? { ip: null, userAgent: null };
  try {
    const input = parseInput(schema, values);
    const done = await withPlatformAdmin({ id: call.actorId, sessionId: call.sessionId }, (admin, tx) => change({ tx, admin, now, request }, input), now);
    return { ok: true, data: done.data, message: done.message };
  } catch (error) {
    const refusal = asRefusal(error);
    if (!refusal) throw error;
    return { ...refusal, values: refusal.code === 'NOT_FOUND' || refusal.code === 'FORBIDDEN' ? undefined : echo(values) };
  }
}

/** From here the transaction writes the council's rows (invitation, mail, audit) under its row-level security. */
async function enterCouncil(ctx: PlatformContext, councilId: string): Promise<void> {
  await ctx.tx.$queryRaw`SELECT set_config('app.council_id', ${councilId}, true)`;
}

/** The change's audit events, in the chain of the council it changed, by the platform administrator. */
function recordInCouncil(ctx: PlatformContext, councilId: string, drafts: AuditDraft[]): Promise<void> {
  return appendAudit(ctx.tx, { councilId, actorId: ctx.admin.id, ip: ctx.request.ip, userAgent: ctx.request.userAgent }, drafts, ctx.now);
}

const slugTaken = (slug: string) =>
  new AppError('CONFLICT', `A council already uses the web address ${slug}`, { slug: [`A council already uses the web address ${slug}: choose another`] });

/**
 * A platform administrator creates a council with its name, web address and region, and
 * invites its first administrator (the council's owner) by email.
 */
export function createCouncil(call: PlatformCall) {
  return runPlatformChange(createCouncilSchema, call, async (ctx, input) => {
    // Councils' names and slugs are public (the public pages resolve them), so this reads no secret.
    if (await ctx.tx.council.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken(input.slug);
    let councilId: string;
    try {
      const rows = await ctx.tx.$queryRaw<
        { id: string }[]
      >`SELECT tabled_create_council(${input.name}, ${input.slug}, ${input.region}::"BankHolidayRegion")::text AS id`;
      councilId = rows[0]!.id;
    } catch (error) {
      // two administrators creating the same address at once: the unique key decides
      if (String((error as { message?: string }).message).includes('Council_slug_key')) throw slugTaken(input.slug);
      throw error;
    }
    const council = { id: councilId, name: input.name };
    await enterCouncil(ctx, councilId);
    await seedCouncilLists(ctx.tx, councilId, ctx.now);
    const invitation = await issueInvitation(ctx.tx, {
      council,
      email: input.adminEmail,
      councilRole: 'OWNER',
      board: null,
      boardRole: null,
      invitedById: ctx.admin.id,
      now: ctx.now,
    });
    await recordInCouncil(ctx, councilId, [
      { kind: 'council.create', entityType: 'Council', entityId: councilId, after: { name: input.name, slug: input.slug, region: input.region } },
      { kind: 'invitation.create', entityType: 'Invitation', entityId: invitation.id, after: { email: input.adminEmail, councilRole: 'OWNER' } },
    ]);
    return {
      data: { councilId, slug: input.slug },
      message: `${input.name} created. The invitation to ${input.adminEmail}, its first administrator, is emailed within a minute.`,
    };
  });
}

/** A platform administrator changes a council's region, which decides the bank holidays its deadlines skip. */
export function setCouncilRegion(call: PlatformCall) {
  return runPlatformChange(setRegionSchema, call, async (ctx, input) => {
    const before = await ctx.tx.council.findUnique({ where: { id: input.councilId }, select: { name: true, region: true } });
    if (!before) throw new AppError('NOT_FOUND', 'That council was not found');
    if (before.region === input.region) return { data: null, message: `${before.name} is already in ${label('bankHolidayRegion', input.region)}` };
    await ctx.tx.$executeRaw`SELECT tabled_set_council_region(${input.councilId}::uuid, ${input.region}::"BankHolidayRegion")`;
    await enterCouncil(ctx, input.councilId);
    await recordInCouncil(ctx, input.councilId, [
      { kind: 'council.set-region', entityType: 'Council', entityId: input.councilId, before: { region: before.region }, after: { region: input.region } },
    ]);
    return {
      data: null,
      message: `${before.name} now follows the bank holidays of ${label('bankHolidayRegion', input.region)}. Deadlines not yet passed are worked out again from now on.`,
    };
  });
}
