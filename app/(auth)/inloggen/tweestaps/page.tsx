import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { REMEMBER_DAYS } from '@/lib/auth/mfa/remembered-device.server'
import { requireSecondFactorStep } from '@/lib/auth/mfa/step-guard.server'
import { answerChallengeAction } from './actions'

export const metadata: Metadata = { title: 'Code invullen' }

const PROBLEMS: Record<string, string> = {
  code: 'Deze code klopt niet of is al gebruikt. Neem de nieuwste code uit je app over, of een herstelcode.',
  'te-vaak': 'Er is te vaak een verkeerde code ingevuld. Wacht een kwartier en probeer het dan opnieuw.',
}

// The second step of signing in. A plain form posted to a server action: it works without the page's scripts.
export default async function SecondFactorChallengePage({
  searchParams,
}: {
  searchParams: Promise<{ terug?: string; fout?: string }>
}) {
  const { terug, fout } = await searchParams
  await requireSecondFactorStep(['challenge'], terug)
  const problem = fout && Object.hasOwn(PROBLEMS, fout) ? PROBLEMS[fout] : undefined
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Code invullen"
        intro="Je wachtwoord klopt. Open de app op je telefoon waarmee je tweestapsverificatie hebt ingesteld, en vul de code van Deelwijs in."
      />
      <form action={answerChallengeAction} className="card space-y-4">
        {problem ? (
          <Notice tone="bad" live="alert">
            {problem}
          </Notice>
        ) : null}
        {terug ? <input type="hidden" name="terug" value={terug} /> : null}
        <div>
          <label htmlFor="code" className="field-label">
            Code
          </label>
          <p id="code-hint" className="mb-1 text-sm text-muted">
            De 6 cijfers uit je app. Telefoon kwijt? Vul dan een van je herstelcodes in.
          </p>
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={40}
            aria-describedby="code-hint"
            aria-invalid={problem ? true : undefined}
            className="field-input font-mono tracking-widest"
          />
        </div>
        <div className="flex items-start gap-2">
          <input id="onthouden" name="onthouden" type="checkbox" value="ja" className="mt-1" />
          <label htmlFor="onthouden">
            Dit apparaat {REMEMBER_DAYS} dagen onthouden. Kies dit alleen op je eigen computer of telefoon.
          </label>
        </div>
        <button type="submit" className="btn-primary w-full">
          Bevestigen
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        Geen app en geen herstelcodes meer? Vraag de beheerder van Deelwijs om je tweestapsverificatie te resetten.
      </p>
    </div>
  )
}
