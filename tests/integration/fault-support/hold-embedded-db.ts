// A second process for the fault suite: opens the embedded database in argv[2], writes a
// row at a time and prints each acknowledged count, until told "stop" on stdin (then it
// closes cleanly) or until it is killed.
import { openDatabase } from '../../../lib/db/connection';

async function main() {
  const db = await openDatabase({ kind: 'embedded', dataDir: process.argv[2]! });
  await db.exec('CREATE TABLE IF NOT EXISTS fault_rows (n int PRIMARY KEY)');
  let n = (await db.query<{ c: number }>('SELECT count(*)::int AS c FROM fault_rows'))[0]!.c;
  let stopping = false;
  process.stdin.on('data', (chunk) => {
    if (chunk.toString().includes('stop')) stopping = true;
  });
  console.log(`ready ${process.pid}`);
  while (!stopping) {
    n += 1;
    await db.query('INSERT INTO fault_rows (n) VALUES ($1)', [n]);
    console.log(`acked ${n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await db.close();
  console.log('closed');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
