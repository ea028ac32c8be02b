/** Mail settings, read from the environment each call so tests and scripts can change them. */
export type MailConfig = {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465. */
  smtpUrl: string;
  from: string;
  /** How often the in-process worker looks for due messages. */
  intervalMs: number;
  /** Attempts before a message is given up as FAILED. */
  maxAttempts: number;
};

// The local development sink (scripts/mail-sink.ts) listens here, so a fresh checkout
// never sends real mail.
const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:2525';
const DEFAULT_FROM = 'Tabled <no-reply@tabled.localhost>';

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export function mailConfig(): MailConfig {
  return {
    smtpUrl: process.env.SMTP_URL?.trim() || DEFAULT_SMTP_URL,
    from: process.env.MAIL_FROM?.trim() || DEFAULT_FROM,
    intervalMs: positiveInt('OUTBOX_INTERVAL_MS', 5000),
    maxAttempts: positiveInt('OUTBOX_MAX_ATTEMPTS', 8),
  };
}
