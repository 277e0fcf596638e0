import { NextResponse } from 'next/server'
import { apiError } from '@/lib/auth/api-guard.server'
import { readJsonBody } from '@/lib/http/json-body.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import { liveCaller } from '@/lib/live/api.server'
import { controlSchema, controlSession } from '@/lib/live/sessions.server'

// POST /api/live/<id>/control {action, choiceId?} — the docent's buttons and keys on the projector.
export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  if (!isSameOrigin(request)) return apiError(403, 'bad-origin', 'Dit verzoek komt niet van een pagina van Deelwijs.')
  const { sessionId } = await params
  const caller = await liveCaller(sessionId)
  if ('response' in caller) return caller.response
  if (caller.audience !== 'docent') return apiError(403, 'forbidden', 'Alleen de docent bedient de sessie.')
  const body = await readJsonBody(request)
  if (!body.ok) return body.response
  const parsed = controlSchema.safeParse(body.value)
  if (!parsed.success) return apiError(400, 'invalid', 'Onbekende opdracht.')
  const result = await controlSession(sessionId, parsed.data)
  if (!result.ok) return apiError(result.status, result.error, result.message)
  return NextResponse.json(result.snapshot)
}
