import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A second build (the benchmarks) can live beside the usual one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // These load native code or WebAssembly and data files from their own folders;
  // bundling them breaks those paths.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    'pg-boss',
    '@node-rs/argon2',
    'nodemailer',
    'pdfkit',
    'exceljs',
    'docx',
  ],
  poweredByHeader: false,
  // gzip in the app unless a proxy in front compresses (COMPRESS=false), which saves the
  // app's CPU for rendering. Read when the server starts, so it needs no rebuild.
  compress: process.env.COMPRESS !== 'false',
  // <Link href>, redirect() and router.push() take only the app's routes; every address comes
  // from lib/routes, whose builders return Route (`next typegen` writes the types, see scripts/test.mjs).
  typedRoutes: true,
  // forbidden() from the one page guard (lib/access/page.ts)
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // A calendar feed's address is its secret: no Referer may carry it anywhere.
      { source: '/((?!api/calendar/).*)', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
      { source: '/api/calendar/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] },
      // The papers' route handlers skip proxy.ts (it would buffer a streamed upload), so
      // their responses get a policy here: files and JSON, which need nothing at all.
      {
        source: '/api/councils/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" },
          { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
        ],
      },
    ];
  },
};

export default nextConfig;
