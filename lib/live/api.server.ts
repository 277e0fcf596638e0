import { apiError } from '@/lib/auth/api-guard.server'
import { getSessionState } from '@/lib/auth/session.server'
import { currentParticipant, liveSessionFor } from './access.server'

// Who is asking, for the live API routes: the docent running the session, or a participant by their cookie.

export type LiveCaller = { audience: 'docent' } | { audience: 'participant'; participantId: string }

export async function liveCaller(sessionId: string): Promise<LiveCaller | { response: Response }> {
  const participant = await currentParticipant(sessionId)
  if (participant) return { audience: 'participant', participantId: participant.id }
  const state = await getSessionState()
  if (state?.step !== 'none') {
    return { response: apiError(401, 'unauthenticated', 'Doe eerst mee met de code van de sessie.') }
  }
  const access = await liveSessionFor(state.user, sessionId)
  if (access.verdict === 'allowed') return { audience: 'docent' }
  return {
    response:
      access.verdict === 'forbidden'
        ? apiError(403, 'forbidden', 'Je hebt geen toegang tot deze sessie.')
        : apiError(404, 'not-found', 'Deze sessie bestaat niet.'),
  }
}
