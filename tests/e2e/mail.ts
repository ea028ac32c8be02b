import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

/** Waits for the app to send a message to this address (through the real SMTP sink) and returns its text. */
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<{ subject: string; text: string }> {
  const dir = process.env.E2E_MAIL_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = await fs.readdir(dir).catch(() => [] as string[]);
    for (const file of files.sort().reverse()) {
      const parsed = await simpleParser(await fs.readFile(path.join(dir, file)));
      const recipients = [parsed.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase()) : []));
      if (recipients.includes(to.toLowerCase())) return { subject: parsed.subject ?? '', text: parsed.text ?? '' };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
}

/** The newest mail to this person whose text holds the words (earlier journeys may have written to them too). */
export async function mailContaining(to: string, words: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = await waitForMail(to, Math.max(1000, deadline - Date.now()));
    if (mail.text.includes(words)) return mail;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} containing "${words}"`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

export function linkIn(text: string, pathStart: string): string {
  const match = text.match(new RegExp(`https?://\\S+${pathStart.replace(/[/?]/g, '\\$&')}\\S*`));
  if (!match) throw new Error(`No ${pathStart} link in: ${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}
