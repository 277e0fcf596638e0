import { NextResponse } from 'next/server'
import { attemptRequest } from '@/lib/progress/api.server'
import { startAttempt } from '@/lib/progress/attempts.server'

// POST /api/attempts {caseId, dilemmaId} — starts an attempt (an unfinished one is abandoned, as in the player).
// The JSON twin of the player's start button, for clients that are not our own forms (and the load benchmark).
export async function POST(request: Request) {
  const resolved = await attemptRequest(request)
  if ('response' in resolved) return resolved.response
  const { path, ...state } = await startAttempt(resolved.user.id, resolved.dilemma)
  return NextResponse.json({ ...state, pathLength: path.length }, { status: 201 })
}
