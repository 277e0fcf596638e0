'use server'

import { redirect } from 'next/navigation'
import { resetPassword } from '@/lib/accounts/password-reset.server'

// The link's token is the guard: it names one account, works once and for 30 minutes (lib/accounts/reset-token.ts).
export async function resetPasswordAction(formData: FormData) {
  const token = String(formData.get('token') ?? '').slice(0, 100)
  const result = await resetPassword({ token, password: formData.get('password') })
  if (result.ok) redirect('/inloggen?wachtwoord=nieuw')
  const page = `/inloggen/nieuw-wachtwoord/${encodeURIComponent(token)}`
  redirect(result.problem === 'password' ? `${page}?fout=wachtwoord` : page)
}
