'use client'

import { startTransition, useActionState, useEffect, useRef } from 'react'
import type { FormResult } from '@/lib/forms/result'

// A form posted to a server action that answers with a FormResult. Errors appear as an error summary at the top (the
// GOV.UK / NL Design System pattern): it takes focus, links to each field, and each field gets aria-invalid and is
// described by its message. Fields are plain server-rendered children, so pages stay simple.
// The action is bound to the form (useActionState), so before hydration or without JavaScript the browser POSTs the
// form to it and the page comes back with the same messages. With JavaScript the submit is intercepted, so the fields
// keep what was typed when there is something to fix (React would reset them after a form action).
// The action's signature is (previous result, formData), as useActionState calls it.
export function ActionForm({
  action,
  submitLabel,
  children,
  resetOnSuccess = false,
  className = 'space-y-4',
  submitClassName = 'btn-primary',
}: {
  action: (previous: FormResult | null, formData: FormData) => Promise<FormResult>
  submitLabel: string
  children?: React.ReactNode
  resetOnSuccess?: boolean
  className?: string
  submitClassName?: string
}) {
  const [result, formAction, pending] = useActionState(action, null)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const errorKey = JSON.stringify(fieldErrors)

  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const errors = JSON.parse(errorKey) as Record<string, string>
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLElement) || !('name' in element)) continue
      const name = String((element as HTMLInputElement).name)
      if (errors[name]) {
        element.setAttribute('aria-invalid', 'true')
        element.setAttribute('aria-describedby', `${form.id || 'form'}-${name}-error`)
      } else if (element.getAttribute('aria-invalid')) {
        element.removeAttribute('aria-invalid')
        element.removeAttribute('aria-describedby')
      }
    }
  }, [errorKey])

  useEffect(() => {
    if (!result) return
    if (result.ok && resetOnSuccess) formRef.current?.reset()
    if (!result.ok) summaryRef.current?.focus()
  }, [result, resetOnSuccess])

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }

  const formId = useRef(`form-${Math.random().toString(36).slice(2, 8)}`).current
  const entries = Object.entries(fieldErrors)
  return (
    <form ref={formRef} id={formId} action={formAction} onSubmit={onSubmit} className={className} noValidate>
      {result && !result.ok && (entries.length > 0 || result.message) ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border-l-4 border-bad bg-bad-soft p-4">
          <p className="font-semibold">{result.message ?? 'Er ging iets mis. Kijk de velden na.'}</p>
          {result.links?.length ? (
            <ul className="mt-2 list-disc pl-5">
              {result.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {entries.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {entries.map(([name, message]) => (
                <li key={name} id={`${formId}-${name}-error`}>
                  <a href={`#${formId}`} onClick={(e) => focusField(e, formRef.current, name)}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {result?.ok && result.message ? (
        <p role="status" className="rounded-md border-l-4 border-good bg-good-soft p-4">
          {result.message}
        </p>
      ) : null}
      {children}
      <button type="submit" className={submitClassName} disabled={pending}>
        {pending ? 'Bezig…' : submitLabel}
      </button>
    </form>
  )
}

function focusField(event: React.MouseEvent, form: HTMLFormElement | null, name: string) {
  const field = form?.elements.namedItem(name)
  const element = field instanceof RadioNodeList ? field[0] : field
  if (element instanceof HTMLElement) {
    event.preventDefault()
    element.focus()
  }
}
