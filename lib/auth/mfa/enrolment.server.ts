import { audit } from '@/lib/audit/log.server'
import { db } from '@/lib/db/client.server'
import { replaceRecoveryCodes } from './recovery-codes.server'
import { forgetDevices } from './remembered-device.server'
import { newTotpSecret, totpStep } from './totp'

/**
 * The secret being enrolled: created on the first visit of the enrolment page and kept until a code confirms it, so a
 * reload shows the same QR code. Null once the second factor is on.
 */
export async function enrolmentSecret(userId: string): Promise<string | null> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { mfaSecret: true, mfaEnabledAt: true },
  })
  if (user.mfaEnabledAt) return null
  if (user.mfaSecret) return user.mfaSecret
  const secret = newTotpSecret()
  // Only when none was set in the meantime (two tabs): both then show the same secret.
  await db().user.updateMany({ where: { id: userId, mfaSecret: null }, data: { mfaSecret: secret } })
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { mfaSecret: true } })).mfaSecret
}

export type EnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; message: string }

/** Turns the second factor on when the code matches the pending secret; returns the ten recovery codes, once. */
export async function confirmEnrolment(userId: string, code: string): Promise<EnrolmentResult> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { mfaSecret: true, mfaEnabledAt: true },
  })
  if (user.mfaEnabledAt) return { ok: false, message: 'Tweestapsverificatie staat al aan.' }
  const step = user.mfaSecret && /^\d{6}$/.test(code) ? totpStep(user.mfaSecret, code) : null
  if (step === null) {
    return { ok: false, message: 'Deze code klopt niet. Kijk of je de nieuwste code uit je app overneemt.' }
  }
  const recoveryCodes = await replaceRecoveryCodes(userId)
  await forgetDevices(userId)
  await db().user.update({ where: { id: userId }, data: { mfaEnabledAt: new Date(), mfaLastStep: step } })
  await audit({ actorId: userId, action: 'mfa.enrol' })
  return { ok: true, recoveryCodes }
}

/**
 * An admin's reset, for someone who lost both phone and recovery codes: the second factor, its recovery codes and
 * remembered devices are removed and every session of the user ends. At the next sign-in a role that requires a second
 * factor enrols again. The admin should first make sure who is asking (docs/security.md, ASVS 6.4.4).
 */
export async function resetSecondFactor(actorId: string, userId: string): Promise<{ ok: boolean; message: string }> {
  const updated = await db().user.updateMany({
    where: { id: userId },
    data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, sessionVersion: { increment: 1 } },
  })
  if (updated.count === 0) return { ok: false, message: 'Deze gebruiker bestaat niet (meer).' }
  await db().mfaRecoveryCode.deleteMany({ where: { userId } })
  await forgetDevices(userId)
  await audit({ actorId, action: 'mfa.reset', detail: { userId } })
  return {
    ok: true,
    message: 'De tweestapsverificatie is gereset. Diegene stelt die opnieuw in bij de volgende keer inloggen.',
  }
}
