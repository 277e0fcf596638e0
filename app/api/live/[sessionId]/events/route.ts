import { liveCaller } from '@/lib/live/api.server'
import { liveEventStream } from '@/lib/live/stream.server'

// GET /api/live/<id>/events — the live session's Server-Sent Events, for the projector and for phones.
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params
  const caller = await liveCaller(sessionId)
  if ('response' in caller) return caller.response
  return liveEventStream(sessionId, caller.audience, request.signal)
}
