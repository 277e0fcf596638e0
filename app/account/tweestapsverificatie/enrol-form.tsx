'use client'

import { useActionState } from 'react'
import { Notice } from '@/components/ui/notice'
import type { EnrolState } from './actions'

// The confirmation step of enrolling. useActionState keeps it working without JavaScript: the form posts to the
// server action and the page comes back with its answer, the recovery codes included. The codes are shown this once.
export function EnrolForm({
  action,
  next,
  enrolled,
  children,
}: {
  action: (previous: EnrolState, formData: FormData) => Promise<EnrolState>
  next: string
  /** Already on: only the status (children) is shown, unless this very form just turned it on. */
  enrolled: boolean
  children: React.ReactNode
}) {
  const [state, formAction, pending] = useActionState(action, null)
  if (state?.ok) {
    return (
      <section aria-labelledby="herstelcodes" className="space-y-4">
        <Notice tone="good" live="status" title="Tweestapsverificatie staat aan">
          <p>Bewaar nu je herstelcodes. Je ziet ze maar één keer.</p>
        </Notice>
        <h2 id="herstelcodes" className="text-2xl">
          Je herstelcodes
        </h2>
        <p>
          Ben je je telefoon kwijt? Dan log je in met een van deze codes in plaats van de code uit je app. Elke code
          werkt één keer. Print ze of zet ze in je wachtwoordmanager.
        </p>
        <ul className="grid grid-cols-2 gap-2 font-mono text-lg" aria-label="Herstelcodes">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href={next} className="btn-primary inline-block">
          Ik heb mijn herstelcodes bewaard, ga verder
        </a>
      </section>
    )
  }
  if (enrolled) return children
  return (
    <>
      {children}
      <form action={formAction} className="card space-y-4">
        {state && !state.ok ? (
          <Notice tone="bad" live="alert">
            {state.message}
          </Notice>
        ) : null}
        <div>
          <label htmlFor="code" className="field-label">
            Code uit je app
          </label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            required
            maxLength={7}
            aria-invalid={state && !state.ok ? true : undefined}
            className="field-input font-mono tracking-widest"
          />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? 'Bezig…' : 'Tweestapsverificatie aanzetten'}
        </button>
      </form>
    </>
  )
}
