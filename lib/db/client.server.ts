import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { env } from '@/lib/env.server'
import { watchDatabasePool } from '@/lib/observability/metrics.server'
import { PrismaClient } from './generated/client'

// One Prisma client per process. Password hashes and TOTP secrets are omitted by default so they never leak into a page
// by accident; the sign-in code asks for them explicitly.
export function createPrismaClient(connectionString: string, poolMax: number) {
  // Our own pool rather than one the adapter makes, so the metrics can report its use; disconnecting still ends it.
  const pool = new pg.Pool({ connectionString, max: poolMax })
  watchDatabasePool(pool)
  const adapter = new PrismaPg(pool, { disposeExternalPool: true })
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, mfaSecret: true } } })
}

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env()
  if (!DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.')
  }
  return createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX)
}

export type Client = ReturnType<typeof createPrismaClient>
const globalForPrisma = globalThis as unknown as { deelwijsPrisma?: Client }

export function db(): Client {
  globalForPrisma.deelwijsPrisma ??= createClient()
  return globalForPrisma.deelwijsPrisma
}

export async function disconnectDb() {
  await globalForPrisma.deelwijsPrisma?.$disconnect()
  globalForPrisma.deelwijsPrisma = undefined
}

export * from './generated/client'
