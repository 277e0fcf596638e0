import type { Metadata } from 'next'
import { TextField } from '@/components/forms/text-field'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { RESET_MINUTES } from '@/lib/accounts/reset-token'
import { requestPasswordResetAction } from './actions'

export const metadata: Metadata = { title: 'Wachtwoord vergeten' }

const PROBLEMS: Record<string, string> = {
  'e-mailadres': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  'te-vaak': 'Er is te vaak een nieuw wachtwoord gevraagd. Probeer het over een uur opnieuw.',
}

// A plain form posted to a server action: it works before the page's scripts load, or without them.
export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ verstuurd?: string; fout?: string }>
}) {
  const { verstuurd, fout } = await searchParams
  const problem = fout && Object.hasOwn(PROBLEMS, fout) ? PROBLEMS[fout] : undefined
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Wachtwoord vergeten"
        intro="Vul het e-mailadres van je account in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen."
      />
      {verstuurd ? (
        <Notice tone="good" live="status" title="Kijk in je mail">
          <p>
            Als er een account met dit e-mailadres is, krijg je binnen een paar minuten een e-mail met een link. De link
            werkt {RESET_MINUTES} minuten en één keer.
          </p>
          <p className="mt-2">
            Geen e-mail gekregen? Kijk ook bij je ongewenste mail. Log je in via je school of organisatie? Dan heb je
            bij Deelwijs geen wachtwoord; vraag je docent of beheerder om hulp.
          </p>
        </Notice>
      ) : (
        <form action={requestPasswordResetAction} className="card space-y-4">
          {problem ? (
            <Notice tone="bad" live="alert">
              {problem}
            </Notice>
          ) : null}
          <TextField
            name="email"
            label="E-mailadres"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            aria-invalid={fout === 'e-mailadres' ? true : undefined}
          />
          <button type="submit" className="btn-primary w-full">
            Stuur mij een link
          </button>
        </form>
      )}
      <p className="mt-6 text-sm">
        <a href="/inloggen">Terug naar inloggen</a>
      </p>
    </div>
  )
}
