'use client'

import { useRouter } from 'next/navigation'
import { signIn } from 'next-auth/react'
import { useState } from 'react'
import { Notice } from '@/components/ui/notice'

// next-auth's error codes turned into Dutch. A wrong e-mail and a wrong password get the same message.
const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Deze combinatie van e-mailadres en wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
  Throttled:
    'Er is te vaak een verkeerd wachtwoord gebruikt. Wacht een kwartier en probeer het dan opnieuw. Wachtwoord vergeten? Vraag je docent of beheerder.',
}

export function SignInForm({ returnTo }: { returnTo?: string }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    const password = String(form.get('password') ?? '')
    if (!email || !password) {
      setError('Vul je e-mailadres en je wachtwoord in.')
      return
    }
    setPending(true)
    setError(null)
    const result = await signIn('credentials', { email, password, redirect: false })
    if (!result || result.error) {
      setPending(false)
      setError(MESSAGES[result?.error ?? ''] ?? 'Inloggen lukt nu niet. Probeer het over een paar minuten opnieuw.')
      return
    }
    // The server picks the right home for the user's role.
    router.replace(returnTo ?? '/inloggen')
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} className="card space-y-4" noValidate>
      {error ? (
        <Notice tone="bad" live="alert">
          {error}
        </Notice>
      ) : null}
      <div>
        <label htmlFor="email" className="field-label">
          E-mailadres
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="field-input" />
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
