'use server'

import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { requestPasswordReset, resetRequestSchema } from '@/lib/accounts/password-reset.server'
import { clientIp } from '@/lib/security/client-ip.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'

const PAGE = '/inloggen/wachtwoord-vergeten'

// Anonymous by design: someone who forgot their password cannot sign in. The answer is the same for every address,
// and the lookup and the mail happen after the response (after()), so the response time does not tell either.
export async function requestPasswordResetAction(formData: FormData) {
  if (!(await consumeLimit('passwordResetAddress', `ip:${await clientIp()}`)).ok) redirect(`${PAGE}?fout=te-vaak`)
  const parsed = resetRequestSchema.safeParse({ email: formData.get('email') })
  if (!parsed.success) redirect(`${PAGE}?fout=e-mailadres`)
  const { email } = parsed.data
  if (!(await consumeLimit('passwordResetEmail', `email:${email}`)).ok) redirect(`${PAGE}?fout=te-vaak`)
  after(() =>
    requestPasswordReset(email).catch((error: unknown) => {
      // Logged for the operator; the visitor got the same answer as everyone.
      console.error('[deelwijs] password reset mail failed:', error instanceof Error ? error.message : error)
    }),
  )
  redirect(`${PAGE}?verstuurd=1`)
}
