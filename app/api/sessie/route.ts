import { apiError } from '@/lib/auth/api-guard.server'
import { getSessionState } from '@/lib/auth/session.server'
import { extendSession, sessionRemaining } from '@/lib/auth/session-extend.server'
import { isSameOrigin } from '@/lib/http/same-origin'

// GET /api/sessie — how long this session still lasts (the warning before it ends, and a form's check before it is
// sent). POST /api/sessie — "Blijf ingelogd": starts the idle period again. Only from our own pages (Origin).
// Both answer 401 without a signed-in session.

export const dynamic = 'force-dynamic'

async function signedIn() {
  const state = await getSessionState()
  return state?.step === 'none'
}

const ended = () => apiError(401, 'unauthenticated', 'Je sessie is verlopen. Log opnieuw in.')

export async function GET() {
  const remaining = (await signedIn()) ? await sessionRemaining() : null
  if (!remaining) return ended()
  return Response.json(remaining, { headers: { 'cache-control': 'no-store' } })
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return apiError(403, 'bad_origin', 'Dit verzoek komt niet van een geldige pagina. Laad de pagina opnieuw.')
  }
  const remaining = (await signedIn()) ? await extendSession() : null
  if (!remaining) return ended()
  return Response.json(remaining, { headers: { 'cache-control': 'no-store' } })
}
