import { NextResponse } from 'next/server'
import { apiError } from '@/lib/auth/api-guard.server'
import { attemptRequest } from '@/lib/progress/api.server'
import { MoveError, recordMove } from '@/lib/progress/attempts.server'

// JSON entry to the recorder, for clients that are not our own forms. Same rules as the player's server action.
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const resolved = await attemptRequest(request)
  if ('response' in resolved) return resolved.response
  try {
    const state = await recordMove(resolved.user.id, (await params).attemptId, resolved.dilemma, resolved.body)
    const { path, ...rest } = state
    return NextResponse.json({ ...rest, pathLength: path.length })
  } catch (error) {
    if (error instanceof MoveError) return apiError(error.status, error.code.replaceAll('-', '_'), error.message)
    throw error
  }
}
