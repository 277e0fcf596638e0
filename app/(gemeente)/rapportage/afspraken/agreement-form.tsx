'use client'

import { useActionState, useEffect, useRef } from 'react'
import { AGREEMENT_CONTACT_MAX, AGREEMENT_LINK_MAX, AGREEMENT_TEXT_MAX } from '@/lib/agreements/schema'
import type { AgreementFormState } from './form-state'

type Option = { key: string; label: string; dilemmaTitle: string }

// The afspraak form. The server action is the form's own action (useActionState), so it also works without
// JavaScript: the page is posted, and comes back with the error summary and what was typed. On success the action
// redirects to the afspraak.
export function AgreementForm({
  action,
  submitLabel,
  targets,
  initial,
}: {
  action: (state: AgreementFormState, formData: FormData) => Promise<AgreementFormState>
  submitLabel: string
  /** The choices of dilemma and decision point; omitted when editing (the subject of an afspraak stays). */
  targets?: Option[]
  initial: Record<string, string>
}) {
  const [state, formAction, pending] = useActionState(action, null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors = state?.fieldErrors ?? {}
  const values = state?.values ?? initial
  const entries = Object.entries(errors)

  useEffect(() => {
    if (state) summaryRef.current?.focus()
  }, [state])

  const describedBy = (name: string, hint = false) =>
    [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(' ') || undefined

  return (
    <form action={formAction} className="card max-w-3xl space-y-5" noValidate>
      {state && (entries.length > 0 || state.message) ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-l-4 border-bad bg-bad-soft p-4">
          <p className="font-semibold">{state.message ?? 'Er ging iets mis. Kijk de velden na.'}</p>
          {entries.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {entries.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${name}`}>{message}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {targets ? (
        <div>
          <label htmlFor="doel" className="field-label">
            Waar gaat de afspraak over?
          </label>
          <select
            id="doel"
            name="doel"
            className="field-input"
            defaultValue={values.doel ?? ''}
            key={`doel-${values.doel ?? ''}`}
            aria-invalid={errors.doel ? true : undefined}
            aria-describedby={describedBy('doel')}
          >
            <option value="">Kies een dilemma of beslismoment</option>
            {groupByDilemma(targets).map(([dilemmaTitle, options]) => (
              <optgroup key={options[0]?.key} label={dilemmaTitle}>
                {options.map((option) => (
                  <option key={option.key} value={option.key}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError name="doel" message={errors.doel} />
        </div>
      ) : null}
      <div>
        <label htmlFor="tekst" className="field-label">
          De afspraak
        </label>
        <p id="tekst-hint" className="mb-1 text-sm text-muted">
          Schrijf kort en in gewone woorden (taalniveau B1), hoogstens {AGREEMENT_TEXT_MAX} tekens. Een webadres dat
          begint met https:// wordt een link. Zet er nooit gegevens over cliënten in.
        </p>
        <textarea
          id="tekst"
          name="tekst"
          rows={6}
          maxLength={AGREEMENT_TEXT_MAX}
          className="field-input"
          defaultValue={values.tekst ?? ''}
          key={`tekst-${values.tekst ?? ''}`}
          aria-invalid={errors.tekst ? true : undefined}
          aria-describedby={describedBy('tekst', true)}
        />
        <FieldError name="tekst" message={errors.tekst} />
      </div>
      <div>
        <label htmlFor="link" className="field-label">
          Link (niet verplicht)
        </label>
        <p id="link-hint" className="mb-1 text-sm text-muted">
          Bijvoorbeeld het convenant op de website van de gemeente: https://…
        </p>
        <input
          id="link"
          name="link"
          type="url"
          inputMode="url"
          maxLength={AGREEMENT_LINK_MAX}
          className="field-input"
          defaultValue={values.link ?? ''}
          key={`link-${values.link ?? ''}`}
          aria-invalid={errors.link ? true : undefined}
          aria-describedby={describedBy('link', true)}
        />
        <FieldError name="link" message={errors.link} />
      </div>
      <div>
        <label htmlFor="contact" className="field-label">
          Contact (niet verplicht)
        </label>
        <p id="contact-hint" className="mb-1 text-sm text-muted">
          Wie bel of mail je? Naam, telefoon of e-mail van een professional of een team.
        </p>
        <input
          id="contact"
          name="contact"
          maxLength={AGREEMENT_CONTACT_MAX}
          className="field-input"
          defaultValue={values.contact ?? ''}
          key={`contact-${values.contact ?? ''}`}
          aria-invalid={errors.contact ? true : undefined}
          aria-describedby={describedBy('contact', true)}
        />
        <FieldError name="contact" message={errors.contact} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Bezig…' : submitLabel}
      </button>
    </form>
  )
}

function FieldError({ name, message }: { name: string; message?: string }) {
  return message ? (
    <p id={`${name}-error`} className="mt-1 text-sm font-medium text-bad">
      {message}
    </p>
  ) : null
}

/** The options per dilemma (case/dilemma), labelled with the dilemma's title. */
function groupByDilemma(options: Option[]): [string, Option[]][] {
  const groups = new Map<string, Option[]>()
  for (const option of options) {
    const dilemma = option.key.split('/').slice(0, 2).join('/')
    groups.set(dilemma, [...(groups.get(dilemma) ?? []), option])
  }
  return [...groups.values()].map((group) => [group[0]?.dilemmaTitle ?? '', group])
}
