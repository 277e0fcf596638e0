'use server'

import { revalidatePath } from 'next/cache'
import { forbidden } from 'next/navigation'
import { hasPermission } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'
import { setRequiredModules } from '@/lib/reports/required.server'

export async function setRequiredModulesAction(
  organisationId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const user = await requirePermission('manage:report-settings:org', { returnTo: '/rapportage/verplicht' })
  if (!hasPermission(user.memberships, 'manage:report-settings:org', organisationId)) forbidden()
  const result = await setRequiredModules(user.id, organisationId, { modules: formData.getAll('modules') })
  revalidatePath('/rapportage', 'layout')
  return result
}
