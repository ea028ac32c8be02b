// A process that dies while writing a paper file, for the fault suite. argv: <store root>
// <key> <mode>. "mid": sends part of the body and then waits forever (killed mid-upload);
// "staged": writes the whole body durably and waits before the row would commit.
import { localDiskStore } from '../../../lib/storage/local-disk';

async function main() {
  const [root, key, mode] = process.argv.slice(2) as [string, string, 'mid' | 'staged'];
  const store = localDiskStore(root);
  const chunk = new Uint8Array(64 * 1024).fill(7);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (mode === 'staged' && sent === 4) return controller.close();
      if (mode === 'mid' && sent === 4) {
        console.log('writing');
        return new Promise(() => undefined); // the rest never arrives
      }
      sent += 1;
      controller.enqueue(chunk);
    },
  });
  await store.stage!(key, body);
  console.log('staged');
  await new Promise(() => undefined);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
