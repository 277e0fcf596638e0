'use server'

import { redirect } from 'next/navigation'
import { normaliseVerificationCode } from '@/lib/certificates/code'
import type { FormResult } from '@/lib/forms/result'

// Public: checking a certificate needs no account. The form only turns a typed code into the verification link.
export async function verifyCodeAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const code = normaliseVerificationCode(String(formData.get('code') ?? '').slice(0, 40))
  if (!code)
    return { ok: false, fieldErrors: { code: 'Dit is geen geldige code. Een code ziet eruit als DW-ABCD-EFGH.' } }
  redirect(`/verifieer/${code}`)
}
