import { defineConfig } from 'prisma/config'

// The CLI is only used for `prisma generate`; migrations run through scripts/db.ts (see docs/decisions/002).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
})
