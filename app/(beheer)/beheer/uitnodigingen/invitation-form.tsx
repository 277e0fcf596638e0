'use client'

import { useEffect, useRef } from 'react'
import { OrganisationSelect } from '@/components/forms/organisation-select'
import { TextField } from '@/components/forms/text-field'
import { useFormAction } from '@/components/forms/use-form-action'
import { Notice } from '@/components/ui/notice'
import type { InvitationResult } from '@/lib/accounts/admin.server'
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'

export function InvitationForm({
  action,
  organisations,
  origin,
}: {
  action: (previous: InvitationResult | null, formData: FormData) => Promise<InvitationResult>
  organisations: { id: string; name: string }[]
  origin: string
}) {
  // Bound to the form, so without JavaScript the browser POSTs it and the page comes back with the link or the errors.
  const { result, formAction, pending, onSubmit } = useFormAction(action)
  const formRef = useRef<HTMLFormElement>(null)
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}

  useEffect(() => {
    if (result?.ok) formRef.current?.reset()
  }, [result])

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="card max-w-xl space-y-4" noValidate>
      {result?.ok ? (
        <Notice tone="good" live="status" title={`Uitnodiging gemaakt voor ${result.email}`}>
          <p>
            {result.mailed
              ? `We hebben de link ook gemaild naar ${result.email}. Hij werkt één keer en is 14 dagen geldig. Je ziet hem hier maar één keer.`
              : 'Stuur deze link zelf door. Hij werkt één keer en is 14 dagen geldig. Je ziet hem maar één keer.'}
          </p>
          <p className="mt-2 break-all font-mono text-sm">
            {origin}/aanmelden/uitnodiging/{result.token}
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
