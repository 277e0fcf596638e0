'use client'

import { OrganisationSelect } from '@/components/forms/organisation-select'
import { TextField } from '@/components/forms/text-field'
import { useFormAction } from '@/components/forms/use-form-action'
import { Notice } from '@/components/ui/notice'
import type { LinkResult } from '@/lib/lti/registration-links.server'

const expiry = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
})

export function RegistrationLinkForm({
  action,
  organisations,
  origin,
}: {
  action: (previous: LinkResult | null, formData: FormData) => Promise<LinkResult>
  organisations: { id: string; name: string }[]
  origin: string
}) {
  // Bound to the form, so without JavaScript the browser POSTs it and the page comes back with the link or the errors.
  const { result, formAction, pending, onSubmit } = useFormAction(action)
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {}

  return (
    <form action={formAction} onSubmit={onSubmit} className="card max-w-xl space-y-4" noValidate>
      {result?.ok ? (
        <Notice tone="good" live="status" title="Registratielink gemaakt">
          <p>
            Geef deze link aan de beheerder van de leeromgeving. Hij werkt één keer, tot{' '}
            {expiry.format(new Date(result.expiresAt))}. Je ziet hem hier maar één keer.
          </p>
          <p className="mt-2 break-all font-mono text-sm" data-testid="registratielink">
            {origin}/api/lti/register/{result.token}
          </p>
        </Notice>
      ) : null}
      {result && !result.ok && result.message ? (
        <Notice tone="bad" live="alert">
          {result.message}
        </Notice>
      ) : null}
      <OrganisationSelect organisations={organisations} />
      <TextField
        name="name"
        label="Naam van de leeromgeving (optioneel)"
        hint="Bijvoorbeeld: Canvas Hogeschool Demostad. Leeg: de naam die de leeromgeving zelf opgeeft."
        error={errors.name}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Bezig…' : 'Registratielink maken'}
      </button>
    </form>
  )
}
