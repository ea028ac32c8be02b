import http from 'node:http';
import next from 'next';
import { trustedProxyHops } from '../security/trusted-proxy';
import { prepareRequest } from './forwarded';

/**
 * The app's HTTP server: Next.js behind one small front door that decides, from
 * TRUSTED_PROXY_HOPS, which X-Forwarded-* values count (only here is the socket's own
 * address known) and gives every response the baseline security headers.
 */
export async function serveTabled(opts: { port: number; hostname?: string; dev?: boolean; dir?: string }): Promise<http.Server> {
  const dev = opts.dev ?? false;
  const app = next({ dev, dir: opts.dir ?? process.cwd(), hostname: opts.hostname ?? 'localhost', port: opts.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const hops = trustedProxyHops();
  const server = http.createServer((req, res) => {
    if (!prepareRequest(req, res, hops, !dev)) return;
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  return server;
}
