import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { verificationLink } from '@/lib/accounts/email-verification.server'
import { confirmEmailAction } from './actions'

// The address holds a secret token: keep it out of search engines.
export const metadata: Metadata = { title: 'E-mailadres bevestigen', robots: { index: false } }

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  // Only looked at, not used up: mail programs open links to check them before the person clicks. The button below
  // (a plain form post, so it works without JavaScript) uses it.
  const link = await verificationLink(token)
  if (link.state === 'done') {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <PageHeader title="Je e-mailadres is bevestigd" />
        <Notice tone="good" live="status">
          Bedankt. Je e-mailadres is bevestigd. Je kunt nu ook inloggen via je organisatie, als die dat aanbiedt.
        </Notice>
        <p>
          <a href="/inloggen">Naar Deelwijs</a>
        </p>
      </div>
    )
  }
  if (link.state === 'invalid') {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <PageHeader title="Deze link werkt niet meer" />
        <Notice tone="warn">
          De link is al gebruikt, verlopen of bestaat niet. Een link werkt 48 uur en één keer. Een nieuwe link vraag je
          aan op de pagina Mijn account.
        </Notice>
        <p>
          <a href="/account">Naar Mijn account</a>
        </p>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="E-mailadres bevestigen" intro="Bevestig dat dit jouw e-mailadres is." />
      <form action={confirmEmailAction} className="card space-y-4">
        <input type="hidden" name="token" value={token} />
        <p>
          Account: <strong>{link.email}</strong>
        </p>
        <button type="submit" className="btn-primary w-full">
          Ja, dit is mijn e-mailadres
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        Heb jij geen account gemaakt? Klik dan niet op de knop en laat het weten aan de beheerder van je organisatie.
      </p>
    </div>
  )
}
