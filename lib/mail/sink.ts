import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type SinkMessage = { to: string; subject: string; text: string; html?: string; raw: string };

export type MailSink = {
  port: number;
  /** Everything received, oldest first. */
  messages: SinkMessage[];
  /** The first message (already received or still to come) that matches. */
  waitFor(predicate: (m: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  close(): Promise<void>;
};

export type SinkOptions = {
  /** 0 picks a free port (tests); read the chosen one from the result. */
  port?: number;
  host?: string;
  /** Also keep each message as <timestamp>-<n>.eml here. */
  dir?: string;
  onMessage?: (m: SinkMessage) => void;
};

type Waiter = { predicate: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void };

/**
 * A real SMTP server that keeps what it receives instead of relaying it: development
 * points SMTP_URL at it, and tests read what the app actually sent over the wire.
 * Accepts any sender, recipient and credentials; no TLS, so it listens on loopback.
 */
export async function startMailSink(opts: SinkOptions = {}): Promise<MailSink> {
  const { port = 0, host = '127.0.0.1', dir, onMessage } = opts;
  if (dir) await fs.mkdir(dir, { recursive: true });
  const messages: SinkMessage[] = [];
  const waiters = new Set<Waiter>();
  let count = 0;

  async function receive(raw: Buffer, recipients: string[]): Promise<void> {
    const parsed = await simpleParser(raw);
    const message: SinkMessage = {
      // The envelope, not the To header: it is who the message was actually delivered to.
      to: recipients.join(', '),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
      raw: raw.toString('utf8'),
    };
    count += 1;
    if (dir) await fs.writeFile(path.join(dir, `${Date.now()}-${count}.eml`), raw);
    messages.push(message);
    onMessage?.(message);
    for (const w of waiters) {
      if (w.predicate(message)) {
        waiters.delete(w);
        w.resolve(message);
      }
    }
  }

  const server = new SMTPServer({
    authOptional: true,
    // Credentials travel in clear text, which is fine on loopback for a sink.
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Tabled mail sink',
    // Senders quit after each message; do not hold close() for the default 30 s.
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anyone' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        receive(Buffer.concat(chunks), recipients).then(
          () => callback(),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // An error after startup (e.g. a client resetting its connection) is not fatal for a sink.
  server.on('error', (err) => console.error('[mail sink]', err.message));

  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    waitFor(predicate, timeoutMs = 10_000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching message within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
