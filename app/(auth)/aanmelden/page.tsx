import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { registerWithJoinCodeAction } from './actions'
import { RegistrationForm } from './registration-form'

export const metadata: Metadata = { title: 'Aanmelden met een klascode' }

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Aanmelden met een klascode"
        intro="Met de code van je klas of team maak je een account. Je komt dan meteen in de juiste groep."
      />
      <RegistrationForm action={registerWithJoinCodeAction} code={{ defaultValue: code?.slice(0, 20) }} />
      <p className="mt-6 text-sm text-muted">
        Heb je al een account? <a href="/inloggen">Inloggen</a>
      </p>
    </div>
  )
}
