// node bench/cpu-profile.mjs FILE.cpuprofile: where a profiled app spent its CPU, as self
// time per package and per function. The profiles come from `npm run bench -- --cpu-prof`
// (each app worker writes one when it exits) or from `node --cpu-prof`.
import fs from 'node:fs';
const prof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const fn = new Map(),
  pkg = new Map();
let total = 0;
for (const [id, t] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  total += t;
  const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '').replace(/.*\.next\//, '.next/')}:${cf.lineNumber}`;
  fn.set(key, (fn.get(key) ?? 0) + t);
  let p = cf.url.includes('node_modules/')
    ? cf.url
        .replace(/.*node_modules\//, '')
        .split('/')
        .slice(0, cf.url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : cf.url.includes('.next/')
      ? 'app bundle (.next)'
      : cf.url.startsWith('node:')
        ? 'node core'
        : cf.url
          ? cf.url
          : cf.functionName;
  if (/next\/dist\/compiled\/next-server\/app-page/.test(cf.url)) p = 'next app-page runtime (react-dom server)';
  pkg.set(p, (pkg.get(p) ?? 0) + t);
}
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms\n--- by package\n${show(pkg, 14)}\n--- by function\n${show(fn, 25)}`);
