'use client'

import { useActionState } from 'react'
import { Notice } from '@/components/ui/notice'
import { type SignInState, signInAction } from './actions'

// A server action bound to the form: before hydration or without JavaScript the browser POSTs it as a plain form,
// so the password never ends up in the address bar, and the same Dutch message comes back.
export function SignInForm({ returnTo }: { returnTo?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {})

  return (
    <form action={formAction} className="card space-y-4" noValidate>
      {state.error ? (
        <Notice tone="bad" live="alert">
          {state.error}
        </Notice>
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
        />
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Bezig met inloggen…' : 'Inloggen'}
      </button>
    </form>
  )
}
