const DEFAULT_MB = 25;
let warned = false;

/** MAX_UPLOAD_MB (default 25) in bytes: the largest paper file accepted. Read on each call. */
export function maxUploadBytes(): number {
  const raw = process.env.MAX_UPLOAD_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_MB;
  if (!Number.isFinite(mb) || mb <= 0) {
    if (!warned) console.warn(`[papers] MAX_UPLOAD_MB="${raw}" is not a positive number; using ${DEFAULT_MB}`);
    warned = true;
    return DEFAULT_MB * 1024 * 1024;
  }
  return Math.floor(mb * 1024 * 1024);
}

/** "25 MB", "0.5 MB": the cap as people read it. */
export function formatLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : Number(mb.toFixed(1))} MB`;
}
