import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { PageHeader } from '@/components/ui/page-header'
import { homeFor } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session.server'
import { safeReturnPath } from '@/lib/http/safe-return-path'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Inloggen' }

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const [user, { terug }] = await Promise.all([getCurrentUser(), searchParams])
  const returnTo = safeReturnPath(terug)
  if (user) redirect(returnTo ?? homeFor(user.memberships))
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Inloggen" />
      <SignInForm returnTo={returnTo} />
      <p className="mt-6 text-sm text-muted">
        Nog geen account? Je docent of organisatie geeft je een klascode of een uitnodiging.{' '}
        <a href="/aanmelden">Aanmelden met een klascode</a>
      </p>
    </div>
  )
}
