import { createHmac, timingSafeEqual } from 'node:crypto'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'

// "Remember this device for 30 days": after a correct code, the browser gets a cookie naming a row in
// MfaRememberedDevice, signed together with the user's id. At the next password sign-in from that browser the code is
// skipped while the signature holds, the row exists and neither has expired. Deleting the row revokes it: the user's
// "forget my devices", a new enrolment and an admin's reset all do.

export const REMEMBER_DAYS = 30
const REMEMBER_MS = REMEMBER_DAYS * 24 * 60 * 60 * 1000

function secure() {
  return env().NEXTAUTH_URL?.startsWith('https://') ?? false
}

/** `__Host-` on HTTPS: the browser then refuses the cookie from any other path or (sub)domain. */
export function rememberedDeviceCookieName(): string {
  return secure() ? '__Host-deelwijs-apparaat' : 'deelwijs-apparaat'
}

function signature(deviceId: string, userId: string, expires: number): string {
  // A key of its own, derived from the app secret, so this signature can never pass for a session token's.
  const key = createHmac('sha256', env().NEXTAUTH_SECRET ?? '')
    .update('deelwijs remembered device')
    .digest()
  return createHmac('sha256', key).update(`${deviceId}.${userId}.${expires}`).digest('base64url')
}

/** A new remembered device for the user: the cookie to set. */
export async function rememberDevice(userId: string) {
  const expiresAt = new Date(Date.now() + REMEMBER_MS)
  const device = await db().mfaRememberedDevice.create({ data: { userId, expiresAt } })
  const expires = expiresAt.getTime()
  return {
    name: rememberedDeviceCookieName(),
    value: `${device.id}.${expires}.${signature(device.id, userId, expires)}`,
    options: { httpOnly: true, secure: secure(), sameSite: 'lax' as const, path: '/', expires: expiresAt },
  }
}

/** Whether the cookie's value is a live remembered device of this user. */
export async function isRememberedDevice(userId: string, value: string | undefined): Promise<boolean> {
  const [deviceId, expiresText, given] = value?.split('.') ?? []
  const expires = Number(expiresText)
  if (!deviceId || !given || !Number.isSafeInteger(expires) || expires < Date.now()) return false
  const expected = Buffer.from(signature(deviceId, userId, expires))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return false
  const device = await db().mfaRememberedDevice.findFirst({
    where: { id: deviceId, userId, expiresAt: { gt: new Date() } },
    select: { id: true },
  })
  return device !== null
}

export async function forgetDevices(userId: string) {
  await db().mfaRememberedDevice.deleteMany({ where: { userId } })
}
