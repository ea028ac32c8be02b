import { defineConfig } from 'prisma/config';

// Migrations run through scripts/migrate.mjs (the native schema engine cannot be
// downloaded here); this file only tells the CLI where the schema lives.
export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
});
