'use client'

import { ConfirmAction } from '@/components/forms/confirm-action'
import { signOutEverywhereAction } from './actions'

export function SignOutEverywhere() {
  return (
    <ConfirmAction
      label="Overal uitloggen"
      question="Weet je het zeker? Je wordt ook hier uitgelogd."
      confirmLabel="Ja, overal uitloggen"
      fields={{}}
      action={signOutEverywhereAction}
    />
  )
}
