'use client'

import { useFormStatus } from 'react-dom'
import { signOutAction } from '@/app/(auth)/uitloggen/actions'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="btn-secondary" disabled={pending}>
      {pending ? 'Bezig met uitloggen…' : 'Uitloggen'}
    </button>
  )
}

// A form with a server action: it works before the page has loaded its scripts, and without them.
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Submit />
    </form>
  )
}
