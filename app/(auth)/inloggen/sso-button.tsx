'use client'

import { signIn } from 'next-auth/react'
import { useState } from 'react'

// Single sign-on (OpenID Connect): next-auth sends the browser to the organisation's sign-in service and back.
export function SsoButton({ label, returnTo }: { label: string; returnTo?: string }) {
  const [pending, setPending] = useState(false)
  return (
    <button
      type="button"
      className="btn-secondary w-full"
      disabled={pending}
      onClick={() => {
        setPending(true)
        void signIn('oidc', { callbackUrl: returnTo ?? '/inloggen' })
      }}
    >
      {pending ? 'Je gaat naar je organisatie…' : label}
    </button>
  )
}
