import { z } from 'zod'
import { endOfDutchDay } from '@/lib/classes/schemas'
import { db, type Prisma } from '@/lib/db/client.server'
import { type AuditNames, auditLabel, describeAudit, referencedIds } from './describe'

// The audit log as the admin reads it: filtered by action, actor and period (Dutch calendar days), newest first, each
// entry turned into a readable row. The page and the CSV export read the same rows.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(''), schema])
    .optional()
    .catch(undefined)

/** The filters from the query string. Anything malformed is dropped, not an error: a URL can be edited by hand. */
export const auditFilterSchema = z.object({
  actie: optional(
    z
      .string()
      .regex(/^[a-z-]+\.[a-z-]+$/)
      .max(60),
  ),
  door: optional(
    z
      .string()
      .regex(/^[a-z0-9]+$/i)
      .max(64),
  ),
  van: optional(day),
  tot: optional(day),
})
export type AuditFilters = z.infer<typeof auditFilterSchema>

/** 00:00 of the day in Dutch time: one second after the end of the day before. */
function startOfDutchDay(isoDate: string): Date | null {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number)
  if (!endOfDutchDay(isoDate)) return null
  const before = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
  const end = endOfDutchDay(before)
  return end ? new Date(end.getTime() + 1000) : null
}

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const from = filters.van ? startOfDutchDay(filters.van) : null
  // endOfDutchDay is 23:59:59 sharp: everything before the next second still belongs to that day.
  const end = filters.tot ? endOfDutchDay(filters.tot) : null
  const until = end ? new Date(end.getTime() + 1000) : null
  return {
    ...(filters.actie ? { action: filters.actie } : {}),
    ...(filters.door ? { actorId: filters.door } : {}),
    ...(from || until ? { createdAt: { ...(from ? { gte: from } : {}), ...(until ? { lt: until } : {}) } } : {}),
  }
}

/** The most rows one CSV download holds; narrow the period for more. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000

export type AuditRow = { id: string; at: Date; actor: string; organisation: string; what: string; about: string }

/** The log's rows, newest first; `scope` narrows further (one organisation, a set of actions). */
export async function auditRows(
  filters: AuditFilters,
  page: { skip: number; take: number },
  scope: Prisma.AuditLogWhereInput = {},
) {
  const where = { AND: [auditWhere(filters), scope] }
  const [entries, total] = await Promise.all([
    db().auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...page }),
    db().auditLog.count({ where }),
  ])
  const refs = entries.map((e) => referencedIds(e.detail))
  const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))]
  const [users, groups, organisations] = await Promise.all([
    db().user.findMany({
      where: { id: { in: ids([...entries.map((e) => e.actorId), ...refs.flatMap((r) => r.userIds)]) } },
      select: { id: true, name: true, email: true },
    }),
    db().group.findMany({
      where: { id: { in: ids(refs.flatMap((r) => r.groupIds)) } },
      select: { id: true, name: true },
    }),
    db().organisation.findMany({
      where: { id: { in: ids(entries.map((e) => e.organisationId)) } },
      select: { id: true, name: true },
    }),
  ])
  const userName = (id: unknown) => {
    const user = users.find((u) => u.id === id)
    return user ? `${user.name} (${user.email})` : '(verwijderd)'
  }
  const names: AuditNames = {
    user: userName,
    group: (id) => {
      const group = groups.find((g) => g.id === id)
      return group ? `‘${group.name}’` : '(verwijderd)'
    },
  }
  const rows: AuditRow[] = entries.map((entry) => ({
    id: entry.id,
    at: entry.createdAt,
    actor: entry.actorId ? userName(entry.actorId) : 'Deelwijs',
    organisation: organisations.find((o) => o.id === entry.organisationId)?.name ?? '',
    what: auditLabel(entry.action),
    about: describeAudit(entry.action, entry.detail, names),
  }))
  return { rows, total }
}

/** The people who appear as actor in the log, for the actor filter. */
export async function auditActors() {
  const actors = await db().auditLog.findMany({
    where: { actorId: { not: null } },
    distinct: ['actorId'],
    select: { actorId: true },
  })
  return db().user.findMany({
    where: { id: { in: actors.map((a) => a.actorId).filter((id): id is string => id !== null) } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, email: true },
  })
}
