'use client'

import { useEffect, useState } from 'react'
import { readDraft } from '@/lib/forms/draft'

// On the sign-in page after a session ended: says that what was typed in a form is kept for after signing in
// (lib/forms/draft.ts). Only the browser knows that, so this part is filled in after hydration.
export function KeptDraftNote({ returnTo }: { returnTo?: string }) {
  const [kept, setKept] = useState(false)
  useEffect(() => {
    setKept(returnTo !== undefined && readDraft(returnTo) !== null)
  }, [returnTo])
  if (!kept) return null
  return (
    <p className="mt-2">
      Wat je in het formulier had ingevuld, is bewaard (behalve wachtwoorden). Na het inloggen staat het er weer.
    </p>
  )
}
