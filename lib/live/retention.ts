import type { Client, Prisma } from '@/lib/db/client.server'

// Ending a live session deletes every vote and pseudonym; only the aggregates (steps with at least 5 votes) stay.
// Used by the docent's "end" and by the retention job (npm run retention), which ends sessions idle for 24 hours.
// Kept free of Next-only imports: the retention script (scripts/db.ts) runs it outside the app.

/** A session with no vote or step for this long is ended by the retention job (its votes deleted). */
export const LIVE_INACTIVE_HOURS = 24

export async function endSession(tx: Prisma.TransactionClient, sessionId: string) {
  await tx.liveVote.deleteMany({ where: { sessionId } })
  await tx.liveParticipant.deleteMany({ where: { sessionId } })
  return tx.liveSession.update({
    where: { id: sessionId },
    data: { phase: 'ended', joinCode: null, endedAt: new Date(), version: { increment: 1 } },
  })
}

export async function endInactiveLiveSessions(client: Client, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LIVE_INACTIVE_HOURS * 60 * 60 * 1000)
  const stale = await client.liveSession.findMany({
    // Idle: no step or control since the cutoff (lastActivityAt) and no vote cast or changed since then.
    where: { phase: { not: 'ended' }, lastActivityAt: { lt: cutoff }, votes: { none: { updatedAt: { gte: cutoff } } } },
    select: { id: true },
  })
  for (const { id } of stale) await client.$transaction((tx) => endSession(tx, id))
  return stale.length
}
