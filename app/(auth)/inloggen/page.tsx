import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { homeFor } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session.server'
import { safeReturnPath } from '@/lib/http/safe-return-path'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Inloggen' }

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ terug?: string; verlopen?: string }>
}) {
  const [user, { terug, verlopen }] = await Promise.all([getCurrentUser(), searchParams])
  const returnTo = safeReturnPath(terug)
  if (user) redirect(returnTo ?? homeFor(user.memberships))
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Inloggen" />
      {verlopen ? (
        <div className="mb-6">
          <Notice tone="warn" live="status">
            Je sessie is verlopen. Log opnieuw in; je gaat daarna verder waar je was.
          </Notice>
        </div>
      ) : null}
      <SignInForm returnTo={returnTo} />
      <p className="mt-6 text-sm text-muted">
        Nog geen account? Je docent of organisatie geeft je een klascode of een uitnodiging.{' '}
        <a href="/aanmelden">Aanmelden met een klascode</a>
      </p>
    </div>
  )
}
