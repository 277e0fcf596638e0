'use client'

import { signOut } from 'next-auth/react'
import { useState } from 'react'

export function SignOutButton() {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="btn-secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true)
        void signOut({ callbackUrl: '/?uitgelogd=1' })
      }}
    >
      {busy ? 'Bezig met uitloggen…' : 'Uitloggen'}
    </button>
  )
}
