import type { Client } from '@/lib/db/client.server'
import { eraseUser } from './erase.server'

// The retention job (npm run retention): learner accounts that have not signed in for a configured number of months
// are erased the same way as when a learner deletes their own account (choices kept only anonymised). Accounts with
// another role (docent, coordinator, admin) are left to the organisation: removing them could lock it out.

export type RetentionResult = { candidates: number; erased: number }

export function retentionCutoff(months: number, now = new Date()): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

export async function runRetention(
  client: Client,
  options: { months: number; dryRun?: boolean; now?: Date },
): Promise<RetentionResult> {
  const cutoff = retentionCutoff(options.months, options.now)
  const stale = await client.user.findMany({
    where: {
      memberships: { every: { role: 'learner' } },
      OR: [{ lastActiveAt: { lt: cutoff } }, { lastActiveAt: null, createdAt: { lt: cutoff } }],
    },
    select: { id: true, email: true },
  })
  if (options.dryRun) return { candidates: stale.length, erased: 0 }
  let erased = 0
  for (const user of stale) {
    await eraseUser(client, user.id, user.email)
    erased++
  }
  return { candidates: stale.length, erased }
}
