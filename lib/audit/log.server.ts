import { db, type Prisma } from '@/lib/db/client.server'

// One line per admin or coordinator action: who, what, when, and a small detail without personal content.
export async function audit(entry: {
  /** Null when nobody of Deelwijs acted (an LMS registered itself with an admin's registration link). */
  actorId: string | null
  action: string
  organisationId?: string
  detail?: Prisma.InputJsonValue
}) {
  await db().auditLog.create({ data: entry })
}
