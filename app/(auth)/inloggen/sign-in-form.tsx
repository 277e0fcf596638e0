'use client'

import { useActionState, useEffect, useRef } from 'react'
import { type SignInState, signInAction } from './actions'

// A server action bound to the form: before hydration or without JavaScript the browser POSTs it as a plain form,
// so the password never ends up in the address bar, and the same Dutch message comes back. A refused sign-in marks
// both fields invalid, describes them with the message, and moves focus to the message (WCAG 3.3.1, 2.4.3).
export function SignInForm({ returnTo }: { returnTo?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {})
  const errorRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (state.error) errorRef.current?.focus()
  }, [state])

  const invalid = state.error ? { 'aria-invalid': true, 'aria-describedby': 'inloggen-fout' } : {}
  return (
    <form action={formAction} className="card space-y-4" noValidate>
      {state.error ? (
        <div
          ref={errorRef}
          id="inloggen-fout"
          tabIndex={-1}
          role="alert"
          className="rounded-md border-l-4 border-bad bg-bad-soft p-4"
        >
          {state.error}
        </div>
      ) : null}
      {returnTo ? <input type="hidden" name="terug" value={returnTo} /> : null}
      <div>
        <label htmlFor="email" className="field-label">
          E-mailadres
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="field-input"
          {...invalid}
        />
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          Wachtwoord
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="field-input"
          {...invalid}
        />
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Bezig met inloggen…' : 'Inloggen'}
      </button>
    </form>
  )
}
