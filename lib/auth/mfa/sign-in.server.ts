import type { SecondFactorClaim } from './policy'
import { isRememberedDevice, rememberedDeviceCookieName } from './remembered-device.server'

/**
 * The second-factor claim for a session issued after a correct password: 'done' when the browser is a remembered
 * device of this user, else 'pending' (the guard then asks for a code, or for enrolment, when needed). Every
 * password sign-in path calls this where it issues the session; OIDC and LTI sessions are 'exempt' instead.
 */
export async function secondFactorAtSignIn(
  userId: string,
  readCookie: (name: string) => string | undefined,
): Promise<SecondFactorClaim> {
  return (await isRememberedDevice(userId, readCookie(rememberedDeviceCookieName()))) ? 'done' : 'pending'
}
