// The local SMTP sink for development: the app's default SMTP_URL points here, so mail
// from a dev server is kept (as .eml files) instead of sent.
// Run with: npx tsx scripts/mail-sink.ts [port=2525] [dir=.data/mail]
import path from 'node:path';
import { startMailSink } from '../lib/mail/sink';

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 2525);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${process.argv[2]}`);
  const dir = path.resolve(process.argv[3] ?? path.join('.data', 'mail'));
  const sink = await startMailSink({
    port,
    dir,
    onMessage: (m) => console.log(`${new Date().toISOString()}  to ${m.to}  "${m.subject}"`),
  });
  console.log(`Mail sink listening on smtp://127.0.0.1:${sink.port}, writing .eml files to ${dir}`);

  const stop = () => void sink.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
