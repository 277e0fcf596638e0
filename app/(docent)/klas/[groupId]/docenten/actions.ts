'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { requireClass } from '@/lib/classes/access.server'
import { addOwner, handOver, type OwnerOutcome, removeOwner } from '@/lib/classes/owners.server'
import { seesAllClasses } from '@/lib/classes/ownership'

// The docents of a class. Plain form posts: each action runs the class guard, then answers with a redirect that
// carries the outcome, so the forms work the same with and without JavaScript.

function done(groupId: string, outcome: OwnerOutcome, form?: 'overdragen'): never {
  revalidatePath(`/klas/${groupId}`, 'layout')
  redirect(`/klas/${groupId}/docenten?uitkomst=${outcome}${form ? `&formulier=${form}` : ''}`)
}

export async function addOwnerAction(groupId: string, formData: FormData): Promise<void> {
  const { user, group } = await requireClass(groupId)
  done(group.id, await addOwner(user, group, Object.fromEntries(formData)))
}

export async function removeOwnerAction(groupId: string, formData: FormData): Promise<void> {
  const { user, group } = await requireClass(groupId)
  const outcome = await removeOwner(user, group, Object.fromEntries(formData))
  // Whoever took themselves off no longer sees the class: back to their list.
  const leftOwnClass = outcome === 'docent-verwijderd' && formData.get('userId') === user.id
  if (leftOwnClass && !seesAllClasses(user.memberships, group.organisationId)) {
    revalidatePath('/klas', 'layout')
    redirect('/klas?melding=klas-verlaten')
  }
  done(group.id, outcome)
}

export async function handOverAction(groupId: string, formData: FormData): Promise<void> {
  const { user, group } = await requireClass(groupId)
  done(group.id, await handOver(user, group, Object.fromEntries(formData)), 'overdragen')
}
