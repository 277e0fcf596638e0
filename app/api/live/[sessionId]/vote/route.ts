import { NextResponse } from 'next/server'
import { z } from 'zod'
import { apiError } from '@/lib/auth/api-guard.server'
import { readJsonBody } from '@/lib/http/json-body.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import { liveCaller } from '@/lib/live/api.server'
import { castVote } from '@/lib/live/sessions.server'

// POST /api/live/<id>/vote {step, choiceId} — a participant's vote; sending it again (a retry) changes nothing.
const voteSchema = z.object({ step: z.int().min(0).max(10_000), choiceId: z.string().min(1).max(100) })

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  if (!isSameOrigin(request)) return apiError(403, 'bad-origin', 'Dit verzoek komt niet van een pagina van Deelwijs.')
  const { sessionId } = await params
  const caller = await liveCaller(sessionId)
  if ('response' in caller) return caller.response
  if (caller.audience !== 'participant') return apiError(403, 'not-a-participant', 'Alleen deelnemers stemmen.')
  const body = await readJsonBody(request)
  if (!body.ok) return body.response
  const parsed = voteSchema.safeParse(body.value)
  if (!parsed.success) return apiError(400, 'invalid', 'Kies een van de keuzes.')
  const result = await castVote(caller.participantId, sessionId, parsed.data.step, parsed.data.choiceId)
  if (!result.ok) return apiError(result.status, result.error, result.message)
  return NextResponse.json({ ok: true, votes: result.votes })
}
