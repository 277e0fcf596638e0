'use server'

import { revalidatePath } from 'next/cache'
import { requirePermission } from '@/lib/auth/session.server'
import { type IssueResult, issueCertificate } from '@/lib/certificates/issue.server'
import type { FormResult } from '@/lib/forms/result'

export async function issueCertificateAction(_previous: FormResult | null, formData: FormData): Promise<IssueResult> {
  const user = await requirePermission('play:scenario:own', { returnTo: '/leren/certificaten' })
  const result = await issueCertificate(user, Object.fromEntries(formData))
  revalidatePath('/leren/certificaten')
  return result
}
