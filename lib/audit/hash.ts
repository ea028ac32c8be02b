import crypto from 'node:crypto';

/** JSON with keys sorted at every level, so a value hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type HashedFields = {
  councilId: string;
  boardId: string | null;
  actorId: string | null;
  kind: string;
  entityType: string;
  entityId: string;
  data: unknown;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
};

/** An event's hash covers the previous event's hash, so altering or removing any event breaks every later one. */
export function auditHash(prevHash: string | null, e: HashedFields): string {
  // Named fields only: a stored row carries its id and hash, which must not feed the hash.
  const body = canonicalJson({
    councilId: e.councilId,
    boardId: e.boardId,
    actorId: e.actorId,
    kind: e.kind,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data,
    ip: e.ip,
    userAgent: e.userAgent,
    createdAt: e.createdAt.toISOString(),
    prevHash,
  });
  return crypto.createHash('sha256').update(body).digest('hex');
}
