'use client'

import { useState } from 'react'
import { OrganisationSelect } from '@/components/forms/organisation-select'
import { TextField } from '@/components/forms/text-field'
import { Notice } from '@/components/ui/notice'
import type { InvitationResult } from '@/lib/accounts/admin.server'
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'

export function InvitationForm({
  action,
  organisations,
}: {
  action: (formData: FormData) => Promise<InvitationResult>
  organisations: { id: string; name: string }[]
}) {
  const [result, setResult] = useState<InvitationResult | null>(null)
  const [pending, setPending] = useState(false)
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    setPending(true)
    const outcome = await action(new FormData(form))
    setResult(outcome)
    setPending(false)
    if (outcome.ok) form.reset()
  }

  return (
    <form onSubmit={onSubmit} className="card max-w-xl space-y-4" noValidate>
      {result?.ok ? (
        <Notice tone="good" live="status" title={`Uitnodiging gemaakt voor ${result.email}`}>
          <p>
            {result.mailed
              ? `We hebben de link ook gemaild naar ${result.email}. Hij werkt één keer en is 14 dagen geldig. Je ziet hem hier maar één keer.`
              : 'Stuur deze link zelf door. Hij werkt één keer en is 14 dagen geldig. Je ziet hem maar één keer.'}
          </p>
          <p className="mt-2 break-all font-mono text-sm">
            {typeof window === 'undefined' ? '' : window.location.origin}/aanmelden/uitnodiging/{result.token}
          </p>
        </Notice>
      ) : null}
      {result && !result.ok && result.message ? (
        <Notice tone="bad" live="alert">
          {result.message}
        </Notice>
      ) : null}
      <TextField name="email" label="E-mailadres" type="email" required error={errors.email} />
      <OrganisationSelect organisations={organisations} />
      <div>
        <label htmlFor="role" className="field-label">
          Rol
        </label>
        <select id="role" name="role" className="field-input" defaultValue="learner">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Bezig…' : 'Uitnodiging maken'}
      </button>
    </form>
  )
}
