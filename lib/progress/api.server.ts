import { z } from 'zod'
import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import type { CurrentUser } from '@/lib/auth/session.server'
import { readJsonBody } from '@/lib/http/json-body.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import type { PlayableDilemma } from './attempts.server'
import { playableDilemma } from './playable.server'

// The shared front door of the JSON attempt routes: same-origin check, the play permission, a body naming the
// dilemma, and the dilemma itself. Answers with a ready response when any of these fails.

const dilemmaBody = z.object({ caseId: z.string().min(1).max(100), dilemmaId: z.string().min(1).max(100) }).loose()

export async function attemptRequest(
  request: Request,
): Promise<{ user: CurrentUser; dilemma: PlayableDilemma; body: Record<string, unknown> } | { response: Response }> {
  if (!isSameOrigin(request))
    return { response: apiError(403, 'cross_origin', 'Dit verzoek komt niet van Deelwijs zelf.') }
  const guard = await requireApiPermission('play:scenario:own')
  if ('response' in guard) return guard
  const json = await readJsonBody(request)
  if (!json.ok) return { response: json.response }
  const body = dilemmaBody.safeParse(json.value)
  if (!body.success) return { response: apiError(400, 'invalid_body', 'Het verzoek mist caseId of dilemmaId.') }
  const dilemma = playableDilemma(body.data.caseId, body.data.dilemmaId)
  if (!dilemma) return { response: apiError(404, 'dilemma_not_found', 'Dit dilemma bestaat niet.') }
  return { user: guard.user, dilemma, body: body.data }
}
