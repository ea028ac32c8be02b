import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../db/generated/prisma/client';
import { databaseUrl, embeddedDataDir } from '../db/config';
import { withApp, withCouncil } from '../db/tenant';
import type { FileStore } from '../storage/store';
import { canonicalJson } from './hash';

/**
 * Each council's audit chain head (how many events, the last one's id and hash), signed
 * with a key the database owner does not hold and kept outside the database: in the file
 * store and in the log. Whoever can rewrite the table (the owner can disable the
 * append-only trigger) can delete the newest events and re-hash the rest so that the chain
 * still fits together; they cannot make it reach a signed head again. audit:verify checks
 * the chain against the latest anchor.
 */
export type AuditAnchor = { v: 1; councilId: string; count: number; lastId: string | null; hash: string | null; at: string };
export type SignedAnchor = AuditAnchor & { signature: string };

const PREFIX = 'audit-anchors';
const latestKey = (councilId: string) => `${PREFIX}/${councilId.toLowerCase()}/latest`;
const historyKey = (councilId: string, at: Date) => `${PREFIX}/${councilId.toLowerCase()}/${String(at.getTime()).padStart(15, '0')}`;

/**
 * AUDIT_ANCHOR_KEY (at least 32 characters). With the embedded database and no key set,
 * one is generated beside the database folder (.data/audit-anchor-key) (the same person runs everything there);
 * a server deployment must set it, from a secret the database owner cannot read.
 */
export function anchorKey(): string | null {
  const configured = process.env.AUDIT_ANCHOR_KEY?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error('AUDIT_ANCHOR_KEY must be at least 32 characters (e.g. openssl rand -base64 32)');
    return configured;
  }
  if (databaseUrl()) return null;
  const file = path.join(path.dirname(embeddedDataDir()), 'audit-anchor-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const sign = (anchor: AuditAnchor, key: string) => crypto.createHmac('sha256', key).update(canonicalJson(anchor)).digest('hex');

export function signAnchor(anchor: AuditAnchor, key: string): SignedAnchor {
  return { ...anchor, signature: sign(anchor, key) };
}

export function anchorSignatureValid(signed: SignedAnchor, key: string): boolean {
  const { signature, ...anchor } = signed;
  const expected = Buffer.from(sign(anchor as AuditAnchor, key), 'hex');
  const given = Buffer.from(String(signature), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The chain's head now: how many events the council has and the newest one's id and hash. */
export async function chainHead(councilId: string, prisma?: PrismaClient): Promise<Omit<AuditAnchor, 'v' | 'at'>> {
  return withCouncil(
    councilId,
    async (tx) => {
      const count = await tx.auditEvent.count({ where: { councilId } });
      const last = await tx.auditEvent.findFirst({ where: { councilId }, orderBy: { id: 'desc' }, select: { id: true, hash: true } });
      return { councilId, count, lastId: last ? String(last.id) : null, hash: last?.hash ?? null };
    },
    prisma,
  );
}

async function readJson(store: FileStore, key: string): Promise<unknown> {
  const found = await store.get(key);
  if (!found) return null;
  const text = await new Response(found.body).text();
  try {
    return JSON.parse(text);
  } catch {
    return { corrupt: text.slice(0, 200) };
  }
}

/** The latest anchor written for the council, or null if none has been. */
export async function latestAnchor(store: FileStore, councilId: string): Promise<SignedAnchor | null> {
  return (await readJson(store, latestKey(councilId))) as SignedAnchor | null;
}

export type AnchorRun = { written: number; unchanged: number; skipped?: string };

/**
 * Anchors every council whose chain moved since its latest anchor: to the file store
 * (a dated copy and `latest`) and to the log, so that the two together outlive either.
 */
export async function writeAuditAnchors(opts: {
  store: FileStore;
  key?: string | null;
  prisma?: PrismaClient;
  now?: Date;
  log?: (line: string) => void;
  councilIds?: string[];
}): Promise<AnchorRun> {
  const key = opts.key === undefined ? anchorKey() : opts.key;
  if (!key) return { written: 0, unchanged: 0, skipped: 'AUDIT_ANCHOR_KEY is not set' };
  const log = opts.log ?? ((line: string) => console.log(line));
  const now = opts.now ?? new Date();
  const councils = await withApp(
    (tx) => tx.council.findMany({ where: opts.councilIds ? { id: { in: opts.councilIds } } : {}, select: { id: true } }),
    opts.prisma,
  );
  const run: AnchorRun = { written: 0, unchanged: 0 };
  for (const { id } of councils) {
    const head = await chainHead(id, opts.prisma);
    const previous = await latestAnchor(opts.store, id);
    if (previous && previous.count === head.count && previous.hash === head.hash) {
      run.unchanged += 1;
      continue;
    }
    const signed = signAnchor({ v: 1, ...head, at: now.toISOString() }, key);
    const body = JSON.stringify(signed);
    await opts.store.put(historyKey(id, now), new Blob([body]).stream());
    await opts.store.put(latestKey(id), new Blob([body]).stream());
    log(`[audit-anchor] ${body}`);
    run.written += 1;
  }
  return run;
}
