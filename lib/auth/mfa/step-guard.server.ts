import { redirect } from 'next/navigation'
import { safeReturnPath } from '@/lib/http/safe-return-path'
import { homeFor } from '../permissions'
import { getSessionState, type SessionState } from '../session.server'
import { type SecondFactorStep, secondFactorPath } from './policy'

/**
 * The guard of the second-factor pages and their actions: the session must exist and be at one of the given steps.
 * Anyone else is sent where they belong: to sign in, to the other step, or (all done) to the page they asked for.
 */
export async function requireSecondFactorStep(
  allowed: readonly SecondFactorStep[],
  returnTo: string | undefined,
): Promise<SessionState> {
  const state = await getSessionState()
  const back = safeReturnPath(returnTo)
  if (!state) redirect(back ? `/inloggen?terug=${encodeURIComponent(back)}` : '/inloggen')
  if (!allowed.includes(state.step)) {
    redirect(state.step === 'none' ? (back ?? homeFor(state.user.memberships)) : secondFactorPath(state.step, back))
  }
  return state
}
