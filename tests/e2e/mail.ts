import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';

type Mail = { file: string; recipients: string[]; subject: string; text: string };

// Every message the app has sent, under E2E_MAIL_DIR (a folder per server, files named by
// when they were written). Each spec file's accounts are its own (tests/e2e/councils.ts), so
// picking by recipient sees only the spec's own council's mail.
const parsed = new Map<string, Mail>();

async function allMail(): Promise<Mail[]> {
  const dir = process.env.E2E_MAIL_DIR!;
  const files = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.endsWith('.eml') && !parsed.has(f))) {
    const mail = await simpleParser(await fs.readFile(path.join(dir, file)));
    const recipients = [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase() ?? '') : []));
    parsed.set(file, { file, recipients, subject: mail.subject ?? '', text: mail.text ?? '' });
  }
  return [...parsed.values()].sort((a, b) => path.basename(b.file).localeCompare(path.basename(a.file), 'en', { numeric: true }));
}

/** The newest mail to this person whose text holds the words (earlier journeys may have written to them too). */
export async function mailContaining(to: string, words = '', timeout = 20_000): Promise<{ subject: string; text: string }> {
  let found: Mail | undefined;
  await expect
    .poll(async () => (found = (await allMail()).find((m) => m.recipients.includes(to.toLowerCase()) && m.text.includes(words))) !== undefined, {
      message: `mail to ${to}${words ? ` containing "${words}"` : ''}`,
      timeout,
    })
    .toBe(true);
  return { subject: found!.subject, text: found!.text };
}

/** Waits for the app to send a message to this address (through the real SMTP sink) and returns its text. */
export function waitForMail(to: string, timeout = 15_000) {
  return mailContaining(to, '', timeout);
}

export function linkIn(text: string, pathStart: string): string {
  const match = text.match(new RegExp(`https?://\\S+${pathStart.replace(/[/?]/g, '\\$&')}\\S*`));
  if (!match) throw new Error(`No ${pathStart} link in: ${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}
