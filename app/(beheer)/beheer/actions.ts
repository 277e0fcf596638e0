'use server'

import { revalidatePath } from 'next/cache'
import { createInvitation, type InvitationResult } from '@/lib/accounts/admin.server'
import { mailInvitation } from '@/lib/accounts/invitation-mail.server'
import { unblockSignIn } from '@/lib/accounts/unblock.server'
import { requirePermission } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'
import { rotateToolKeysAsAdmin } from '@/lib/lti/key-admin.server'
import { retryParkedScores } from '@/lib/lti/parked-scores.server'
import { registerPlatform, removePlatform } from '@/lib/lti/platforms.server'
import { createRegistrationLink, type LinkResult, revokeRegistrationLink } from '@/lib/lti/registration-links.server'

export async function createInvitationAction(
  _previous: InvitationResult | null,
  formData: FormData,
): Promise<InvitationResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await createInvitation(admin.id, Object.fromEntries(formData))
  revalidatePath('/beheer/uitnodigingen')
  return result.ok ? { ...result, mailed: await mailInvitation(result) } : result
}

export async function registerPlatformAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await registerPlatform(admin.id, Object.fromEntries(formData))
  revalidatePath('/beheer/lti')
  return result
}

export async function removePlatformAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await removePlatform(admin.id, Object.fromEntries(formData))
  revalidatePath('/beheer/lti')
  return result
}

export async function retryParkedScoresAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await retryParkedScores(admin, Object.fromEntries(formData))
  revalidatePath('/beheer/lti')
  return result
}

export async function rotateToolKeyAction(_previous: FormResult | null, _formData: FormData): Promise<FormResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await rotateToolKeysAsAdmin(admin.id)
  revalidatePath('/beheer/lti')
  return result
}

export async function createRegistrationLinkAction(
  _previous: LinkResult | null,
  formData: FormData,
): Promise<LinkResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await createRegistrationLink(admin.id, Object.fromEntries(formData))
  revalidatePath('/beheer/lti/registratielink')
  return result
}

export async function revokeRegistrationLinkAction(
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const admin = await requirePermission('manage:user:any')
  const result = await revokeRegistrationLink(admin.id, Object.fromEntries(formData))
  revalidatePath('/beheer/lti/registratielink')
  return result
}

export async function unblockSignInAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const admin = await requirePermission('manage:user:any')
  return unblockSignIn(admin.id, Object.fromEntries(formData))
}
