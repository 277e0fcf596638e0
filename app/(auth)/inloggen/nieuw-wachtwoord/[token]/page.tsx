import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { openResetToken } from '@/lib/accounts/password-reset.server'
import { resetPasswordAction } from './actions'

// The address holds a secret token: keep it out of search engines.
export const metadata: Metadata = { title: 'Nieuw wachtwoord kiezen', robots: { index: false } }

export default async function NewPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>
  searchParams: Promise<{ fout?: string }>
}) {
  const [{ token }, { fout }] = await Promise.all([params, searchParams])
  // Only looked at, not used up: mail programs open links to check them before the person clicks.
  const open = await openResetToken(token)
  if (!open) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <PageHeader title="Deze link werkt niet meer" />
        <Notice tone="warn">
          De link is al gebruikt, verlopen of bestaat niet. Een link werkt 30 minuten en één keer.
        </Notice>
        <p>
          <a href="/inloggen/wachtwoord-vergeten">Vraag een nieuwe link aan</a>
        </p>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Nieuw wachtwoord kiezen"
        intro="Na het opslaan word je overal uitgelogd. Log daarna in met je nieuwe wachtwoord."
      />
      <form action={resetPasswordAction} className="card space-y-4">
        {fout === 'wachtwoord' ? (
          <Notice tone="bad" live="alert">
            Kies een wachtwoord van minstens 10 en hoogstens 200 tekens.
          </Notice>
        ) : null}
        <input type="hidden" name="token" value={token} />
        {/* Lets a password manager store the new password with the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={open.email} />
        <p>
          Account: <strong>{open.email}</strong>
        </p>
        <div>
          <label htmlFor="password" className="field-label">
            Nieuw wachtwoord
          </label>
          <p id="password-hint" className="mb-1 text-sm text-muted">
            Minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.
          </p>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            aria-describedby="password-hint"
            aria-invalid={fout === 'wachtwoord' ? true : undefined}
            className="field-input"
          />
        </div>
        <button type="submit" className="btn-primary w-full">
          Wachtwoord opslaan
        </button>
      </form>
    </div>
  )
}
