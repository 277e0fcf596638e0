import { NextResponse } from 'next/server'
import { z } from 'zod'
import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import { MoveError, recordMove } from '@/lib/progress/attempts.server'
import { playableDilemma } from '@/lib/progress/playable.server'

// JSON entry to the recorder, for clients that are not our own forms. Same rules as the player's server action.
const bodySchema = z.object({ caseId: z.string().min(1).max(100), dilemmaId: z.string().min(1).max(100) }).loose()

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  if (!isSameOrigin(request)) return apiError(403, 'cross_origin', 'Dit verzoek komt niet van Deelwijs zelf.')
  const guard = await requireApiPermission('play:scenario:own')
  if ('response' in guard) return guard.response
  const body = bodySchema.safeParse(await request.json().catch(() => null))
  if (!body.success) return apiError(400, 'invalid_body', 'Het verzoek mist caseId of dilemmaId.')
  const dilemma = playableDilemma(body.data.caseId, body.data.dilemmaId)
  if (!dilemma) return apiError(404, 'dilemma_not_found', 'Dit dilemma bestaat niet.')
  try {
    const state = await recordMove(guard.user.id, (await params).attemptId, dilemma, body.data)
    const { path, ...rest } = state
    return NextResponse.json({ ...rest, pathLength: path.length })
  } catch (error) {
    if (error instanceof MoveError) return apiError(error.status, error.code.replaceAll('-', '_'), error.message)
    throw error
  }
}
