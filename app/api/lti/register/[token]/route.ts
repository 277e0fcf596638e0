import { headers } from 'next/headers'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { registerDynamically } from '@/lib/lti/dynamic-registration.server'
import { registrationDonePage, registrationErrorPage } from '@/lib/lti/registration-pages.server'

// LTI Dynamic Registration (ADR 038): the URL an LMS admin pastes into Brightspace, Canvas or Moodle. The LMS opens it
// in a window or frame with ?openid_configuration=…&registration_token=…. The secret in the path is a registration
// link an admin of Deelwijs made at /beheer/lti; without a valid one nothing is fetched and nothing is stored. The LMS
// admin's browser usually has no Deelwijs session, so the link, not a session, is what authorises the registration.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return registrationErrorPage('unknown-link')
  const outcome = await registerDynamically({
    token,
    query: Object.fromEntries(new URL(request.url).searchParams),
    origin: await publicOrigin(),
  })
  if (!outcome.ok) return registrationErrorPage(outcome.error, outcome.detail)
  return registrationDonePage(outcome.platform, (await headers()).get('x-nonce'))
}
