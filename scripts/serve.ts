// Serves the built app (npx next build first): `tsx scripts/serve.ts [port] [hostname]`.
// Use this rather than `next start`: it is where TRUSTED_PROXY_HOPS is applied.
// NODE_ENV is set before Next loads, as `next start` does.
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? process.env.HOSTNAME ?? undefined;

import('../lib/http/server')
  .then(({ serveTabled }) => serveTabled({ port, hostname }))
  .then(() => console.log(`Tabled is listening on http://${hostname ?? 'localhost'}:${port}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
