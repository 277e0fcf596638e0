'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { requirePermission } from '@/lib/auth/session.server'
import { requireClass } from '@/lib/classes/access.server'
import { assignDilemmas, removeAssignment, updateAssignment } from '@/lib/classes/assignments.server'
import { changeJoinCode, createClass, removeMember, renameClass, setArchived } from '@/lib/classes/classes.server'
import type { FormResult } from '@/lib/forms/result'
import { syncRosterForDocent } from '@/lib/lti/roster-action.server'

// Every action runs its own guard: requireClass checks the permission in the class's own organisation.
// Next checks the Origin of server actions, which keeps them CSRF-safe.

// A confirmed action always says what happened, also when the domain function had nothing to add.
function confirmed(result: FormResult): FormResult {
  return { ...result, message: result.message ?? (result.ok ? 'Gelukt.' : 'Dat lukte niet.') }
}

export async function createClassAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const user = await requirePermission('manage:group:org', { returnTo: '/klas' })
  const result = await createClass(user, Object.fromEntries(formData))
  if (result.ok && result.groupId) redirect(`/klas/${result.groupId}?nieuw=1`)
  return result
}

export async function renameClassAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { group } = await requireClass(groupId)
  const result = await renameClass(group, Object.fromEntries(formData))
  revalidatePath(`/klas/${group.id}`, 'layout')
  return result
}

export async function archiveClassAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { user, group } = await requireClass(groupId)
  const result = await setArchived(user, group, formData.get('archived') === 'ja')
  revalidatePath('/klas', 'layout')
  return confirmed(result)
}

export async function joinCodeAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { group } = await requireClass(groupId)
  const result = await changeJoinCode(group, Object.fromEntries(formData))
  revalidatePath(`/klas/${group.id}`, 'layout')
  return result
}

export async function removeMemberAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { user, group } = await requireClass(groupId)
  const result = await removeMember(user, group, Object.fromEntries(formData))
  revalidatePath(`/klas/${group.id}`, 'layout')
  // The row with the button disappears, so the confirmation is shown on the page itself.
  if (result.ok) redirect(`/klas/${group.id}?melding=student-verwijderd`)
  return confirmed(result)
}

export async function assignAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { group } = await requireClass(groupId)
  const result = await assignDilemmas(group, {
    dilemmas: formData.getAll('dilemmas'),
    dueAt: formData.get('dueAt') ?? undefined,
    note: formData.get('note') ?? undefined,
  })
  revalidatePath(`/klas/${group.id}`, 'layout')
  return result
}

export async function updateAssignmentAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { group } = await requireClass(groupId)
  const result = await updateAssignment(group, Object.fromEntries(formData))
  revalidatePath(`/klas/${group.id}`, 'layout')
  return result
}

export async function removeAssignmentAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { group } = await requireClass(groupId)
  const result = await removeAssignment(group, formData.get('assignmentId'))
  revalidatePath(`/klas/${group.id}`, 'layout')
  return confirmed(result)
}

export async function syncRosterAction(
  groupId: string,
  _previous: FormResult | null,
  _formData: FormData,
): Promise<FormResult> {
  const { user, group } = await requireClass(groupId)
  const result = await syncRosterForDocent(user.id, group)
  revalidatePath(`/klas/${group.id}`, 'layout')
  return result
}
