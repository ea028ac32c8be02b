// The ceiling baseline: a bare Node http server that answers each page's URL key with a
// body of exactly the page's byte size (the page's own HTML, captured from the app). No
// framework, no database: what this machine's loopback and Node can do at best.
// Usage: node bench/ceiling-server.mjs <port> <dir of *.html>
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [port, dir] = process.argv.slice(2);
const bodies = new Map();
for (const file of fs.readdirSync(dir)) {
  if (file.endsWith('.html')) bodies.set(`/${file.slice(0, -5)}`, fs.readFileSync(path.join(dir, file)));
}
const server = http.createServer((req, res) => {
  const body = bodies.get(req.url ?? '');
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
