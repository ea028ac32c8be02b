import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A second build (the benchmarks) can live beside the usual one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // These load native code or WebAssembly and data files from their own folders;
  // bundling them breaks those paths.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg', '@node-rs/argon2', 'nodemailer', 'pdfkit', 'exceljs', 'docx'],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() from the one page guard (lib/access/page.ts)
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
