import { z } from 'zod'
import { isSameOrigin } from '@/lib/http/same-origin'
import { finishLaunch, refuseLaunch } from '@/lib/lti/finish-launch.server'
import { launchPostSchema, verifyLaunch } from '@/lib/lti/launch.server'
import { ltiErrorPage } from '@/lib/lti/responses.server'

// The launch of a browser without our state cookie, posted by our own launch page with the state it read back from
// the platform's storage (lib/lti/platform-storage.server.ts). Same origin only: that is what makes the value
// trustworthy. A page on another site can post a form here with any value, but not from our origin; and our page only
// posts what the platform's frame in this very browser answered.
const storagePostSchema = launchPostSchema.extend({ stored_state: z.string().max(200) })

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return ltiErrorPage('invalid-request', 403)
  const form = await request.formData().catch(() => null)
  const parsed = storagePostSchema.safeParse(form ? Object.fromEntries(form.entries()) : {})
  if (!parsed.success) return ltiErrorPage('invalid-request')
  const { id_token: idToken, state, stored_state: storedState } = parsed.data
  const launch = await verifyLaunch(idToken, state, { storedState })
  if ('error' in launch) return refuseLaunch(launch.error, state)
  return finishLaunch(launch, state, request)
}
