'use server'

import { redirect } from 'next/navigation'
import { checkCredentials } from '@/lib/auth/credentials.server'
import { startSession } from '@/lib/auth/issue-session.server'
import { safeReturnPath } from '@/lib/http/safe-return-path'
import { clientIp } from '@/lib/security/client-ip.server'

export type SignInState = { error?: string; email?: string }

// A wrong e-mail and a wrong password get the same message.
const MESSAGES = {
  empty: 'Vul je e-mailadres en je wachtwoord in.',
  invalid: 'Deze combinatie van e-mailadres en wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
  throttled:
    'Er is te vaak een verkeerd wachtwoord gebruikt. Wacht een kwartier en probeer het dan opnieuw. Wachtwoord vergeten? Vraag via ‘Wachtwoord vergeten?’ een nieuwe link aan.',
} as const

/**
 * Sign-in with e-mail and password. Anonymous by design (it is how a session starts); the throttles in
 * checkCredentials are its guard, and Next checks the Origin of every server action. A plain form POST without
 * JavaScript runs the same action, so the password is never in a URL.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '')
    .trim()
    .slice(0, 254)
  const password = String(formData.get('password') ?? '')
  if (!email || !password) return { error: MESSAGES.empty, email }
  const result = await checkCredentials({ email, password }, await clientIp())
  if (!result.ok) return { error: MESSAGES[result.reason], email }
  await startSession(result.user)
  // The sign-in page sends a signed-in visitor on to the home of their role.
  redirect(safeReturnPath(String(formData.get('terug') ?? '')) ?? '/inloggen')
}
