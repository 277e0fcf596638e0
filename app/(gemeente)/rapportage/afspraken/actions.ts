'use server'

import { revalidatePath } from 'next/cache'
import { forbidden, notFound, redirect } from 'next/navigation'
import { agreementQuery } from '@/lib/agreements/access.server'
import { createAgreement, editAgreement, withdrawAgreement } from '@/lib/agreements/agreements.server'
import { hasPermission } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'
import type { AgreementFormState } from './form-state'

// Coordinators write, change and withdraw their organisation's afspraken. The organisation (and afspraak) are bound
// by the page; the guard checks the permission in exactly that organisation, and every lookup is scoped to it.

const FIELDS = ['doel', 'tekst', 'link', 'contact'] as const

function fieldsOf(formData: FormData): Record<string, string> {
  return Object.fromEntries(FIELDS.map((name) => [name, String(formData.get(name) ?? '')]))
}

function afterSave(multiple: string, agreementId: string, version: number): never {
  revalidatePath('/rapportage/afspraken', 'layout')
  redirect(
    `/rapportage/afspraken/${agreementId}${agreementQuery({ organisatie: multiple || undefined, opgeslagen: String(version) })}`,
  )
}

export async function createAgreementAction(
  organisationId: string,
  multiple: string,
  _previous: AgreementFormState,
  formData: FormData,
): Promise<AgreementFormState> {
  const user = await requirePermission('manage:agreement:org', { returnTo: '/rapportage/afspraken' })
  if (!hasPermission(user.memberships, 'manage:agreement:org', organisationId)) forbidden()
  const values = fieldsOf(formData)
  const result = await createAgreement(user.id, organisationId, values)
  if (!result.ok) return { ...result, values }
  afterSave(multiple, result.agreementId, result.version)
}

export async function editAgreementAction(
  organisationId: string,
  agreementId: string,
  multiple: string,
  _previous: AgreementFormState,
  formData: FormData,
): Promise<AgreementFormState> {
  const user = await requirePermission('manage:agreement:org', { returnTo: '/rapportage/afspraken' })
  if (!hasPermission(user.memberships, 'manage:agreement:org', organisationId)) forbidden()
  const values = fieldsOf(formData)
  const result = await editAgreement(user.id, organisationId, agreementId, values)
  if (!result) notFound()
  if (!result.ok) return { ...result, values }
  afterSave(multiple, result.agreementId, result.version)
}

export async function withdrawAgreementAction(
  organisationId: string,
  agreementId: string,
  _previous: FormResult | null,
  _formData: FormData,
): Promise<FormResult> {
  const user = await requirePermission('manage:agreement:org', { returnTo: '/rapportage/afspraken' })
  if (!hasPermission(user.memberships, 'manage:agreement:org', organisationId)) forbidden()
  const result = await withdrawAgreement(user.id, organisationId, agreementId)
  if (!result) notFound()
  revalidatePath('/rapportage/afspraken', 'layout')
  return result
}
