import { headers } from 'next/headers'
import { env } from '@/lib/env.server'
import { cookieBinding, requestCookies } from '@/lib/lti/browser-binding'
import { finishLaunch, refuseLaunch } from '@/lib/lti/finish-launch.server'
import { launchPostSchema, storageOfLogin, verifyLaunch } from '@/lib/lti/launch.server'
import { checkPage } from '@/lib/lti/platform-storage.server'
import { ltiErrorPage } from '@/lib/lti/responses.server'

// LTI 1.3 launch (the "Redirect URL" / "Target link URI" in the LMS): the platform's form post with a signed ID token.
// This request comes from the LMS's site by design, so it has no same-origin check; it is authenticated instead by
// the single-use state, bound to the browser that began the login by its state cookie, the platform's signature and
// the nonce (lib/lti/launch.server.ts, ADR 035).
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null)
  const parsed = launchPostSchema.safeParse(form ? Object.fromEntries(form.entries()) : {})
  if (!parsed.success) return ltiErrorPage('invalid-request')
  const { id_token: idToken, state } = parsed.data
  const cookies = requestCookies(request)

  // No state cookie at all (the browser blocks ours in the LMS's frame): a login that kept its state in the
  // platform's storage is checked there, by our page in the browser (lib/lti/platform-storage.server.ts).
  if (cookieBinding(state, cookies, env()) === 'missing') {
    const storage = await storageOfLogin(state)
    if (storage) {
      return checkPage({
        state,
        idToken,
        platformOrigin: storage.platformOrigin,
        target: storage.target,
        action: '/api/lti/launch/storage',
        nonce: (await headers()).get('x-nonce'),
      })
    }
  }

  const launch = await verifyLaunch(idToken, state, { cookies })
  if ('error' in launch) return refuseLaunch(launch.error, state)
  return finishLaunch(launch, state, request)
}
