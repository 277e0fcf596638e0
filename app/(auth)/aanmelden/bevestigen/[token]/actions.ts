'use server'

import { redirect } from 'next/navigation'
import { confirmEmail } from '@/lib/accounts/email-verification.server'

// The link's token is the guard: it names one account, works once and for 48 hours (lib/accounts/reset-token.ts).
// Anonymous by design: the link may be opened on a phone where the person is not signed in.
export async function confirmEmailAction(formData: FormData) {
  const token = String(formData.get('token') ?? '').slice(0, 100)
  await confirmEmail({ token })
  // The page shows the outcome: confirmed by this link, or a link that does not work (any more).
  redirect(`/aanmelden/bevestigen/${encodeURIComponent(token)}`)
}
