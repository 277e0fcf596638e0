import { db } from '@/lib/db/client.server'
import { admitParticipant, classMemberId } from './access.server'
import { normaliseLiveCode } from './code'

// Joining a live session with its code: anyone with the code may take part; the code is the permission, and tries are
// counted against the join-code limit by the caller.

export type LiveJoinResult = { ok: true; sessionId: string } | { ok: false; message: string }

export async function joinLiveSession(rawCode: string): Promise<LiveJoinResult> {
  const code = normaliseLiveCode(rawCode)
  const session = code ? await db().liveSession.findUnique({ where: { joinCode: code } }) : null
  if (!session || session.phase === 'ended') {
    return { ok: false, message: 'Deze code hoort niet bij een lopende sessie. Kijk of je hem goed hebt overgenomen.' }
  }
  await admitParticipant(session.id, await classMemberId(session))
  return { ok: true, sessionId: session.id }
}
