'use client'

import { useEffect, useRef } from 'react'
import { TextField } from '@/components/forms/text-field'
import { useFormAction } from '@/components/forms/use-form-action'
import { Notice } from '@/components/ui/notice'
import type { RegistrationResult } from '@/lib/accounts/register.server'

type Props = {
  action: (previous: RegistrationResult | null, formData: FormData) => Promise<RegistrationResult>
  /** Join-code registration asks for the code and e-mail; an invitation already knows both. */
  code?: { defaultValue?: string }
  invitation?: { token: string; email: string }
}

// The action is bound to the form, so without JavaScript (or before the page has loaded) the browser POSTs it: the
// password never goes into the address bar. With JavaScript the submit is intercepted so typed fields are kept.
export function RegistrationForm({ action, code, invitation }: Props) {
  const { result, formAction, pending, onSubmit } = useFormAction(action)
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const messageRef = useRef<HTMLDivElement>(null)

  // After a refused registration focus moves to the message, which names what to fix (WCAG 2.4.3, 3.3.1).
  useEffect(() => {
    if (result && !result.ok) messageRef.current?.focus()
  }, [result])

  return (
    <form action={formAction} onSubmit={onSubmit} className="card space-y-4" noValidate>
      {result && !result.ok ? (
        <div ref={messageRef} tabIndex={-1}>
          <Notice tone="bad" live="alert" title="Aanmelden is niet gelukt">
            {result.message ?? 'Verbeter de velden hieronder.'}
          </Notice>
        </div>
      ) : null}
      {invitation ? (
        <>
          <input type="hidden" name="token" value={invitation.token} />
          <p>
            Je account wordt gemaakt voor <strong>{invitation.email}</strong>.
          </p>
        </>
      ) : (
        <>
          <TextField
            name="code"
            label="Klascode"
            hint="Bijvoorbeeld KLAS-2026. Je krijgt de code van je docent of teamleider."
            defaultValue={code?.defaultValue}
            autoComplete="off"
            required
            error={errors.code}
          />
          <TextField name="email" label="E-mailadres" type="email" autoComplete="email" required error={errors.email} />
        </>
      )}
      <TextField name="name" label="Je naam" autoComplete="name" required error={errors.name} />
      <TextField
        name="password"
        label="Kies een wachtwoord"
        hint="Minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden."
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Bezig met aanmelden…' : 'Account maken'}
      </button>
    </form>
  )
}
