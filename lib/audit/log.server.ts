import { db, type Prisma } from '@/lib/db/client.server'

// One line per admin or coordinator action: who, what, when, and a small detail without personal content.
export async function audit(entry: {
  actorId: string
  action: string
  organisationId?: string
  detail?: Prisma.InputJsonValue
}) {
  await db().auditLog.create({ data: entry })
}
