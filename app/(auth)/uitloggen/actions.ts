'use server'

import { redirect } from 'next/navigation'
import { removeSessionCookie } from '@/lib/auth/issue-session.server'
import { revokeSession } from '@/lib/auth/revocation.server'
import { sessionClaims } from '@/lib/auth/session.server'

/**
 * Signing out ends this session on the server (its id goes on the revocation list), not only in this browser: a
 * copied cookie stops working too. Anyone may sign out, so there is no guard beyond having a session to end; a plain
 * form POST without JavaScript runs the same action.
 */
export async function signOutAction(): Promise<void> {
  const claims = await sessionClaims()
  if (claims) await revokeSession(claims)
  await removeSessionCookie()
  redirect('/?uitgelogd=1')
}
