'use client'

import { startTransition, useActionState, useEffect, useId, useRef, useState } from 'react'
import { signInAgainHref } from '@/lib/auth/session-warning'
import { restoreDraft, saveDraft } from '@/lib/forms/draft'
import type { FormResult } from '@/lib/forms/result'

// A form posted to a server action that answers with a FormResult. Errors appear as an error summary at the top (the
// GOV.UK / NL Design System pattern): it takes focus, links to each field, and each field gets aria-invalid and is
// described by its message as well as by its own hint. Fields are plain server-rendered children, so pages stay simple.
// The action is bound to the form (useActionState), so before hydration or without JavaScript the browser POSTs the
// form to it and the page comes back with the same messages. With JavaScript the submit is intercepted, so the fields
// keep what was typed when there is something to fix (React would reset them after a form action).
// On a signed-in page, a submit first asks whether the session still lasts (GET /api/sessie). If it ended, what was
// typed is kept in this tab (never a password, lib/forms/draft.ts) and the sign-in page says why it asks; after signing
// in, the person is back here with the fields filled in again (WCAG 2.2.1).
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
  const [restored, setRestored] = useState(false)
  // The same id on the server and in the browser, so aria references made before hydration stay valid.
  const formId = `form-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {}
  const errorKey = JSON.stringify(fieldErrors)

  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const errors = JSON.parse(errorKey) as Record<string, string>
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLElement) || !('name' in element)) continue
      const name = String((element as HTMLInputElement).name)
      const errorId = `${formId}-${name}-error`
      // The field's own description (its hint) stays; the error is added to it, and taken off again when fixed.
      const own = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId)
      if (errors[name]) {
        element.setAttribute('aria-invalid', 'true')
        element.setAttribute('aria-describedby', [...own, errorId].join(' '))
        element.dataset.formError = ''
      } else if (element.dataset.formError !== undefined) {
        delete element.dataset.formError
        element.removeAttribute('aria-invalid')
        if (own.length > 0) element.setAttribute('aria-describedby', own.join(' '))
        else element.removeAttribute('aria-describedby')
      }
    }
  }, [errorKey, formId])

  useEffect(() => {
    if (!result) return
    if (result.ok && resetOnSuccess) formRef.current?.reset()
    if (!result.ok) summaryRef.current?.focus()
  }, [result, resetOnSuccess])

  useEffect(() => {
    if (formRef.current && restoreDraft(formRef.current, submitLabel)) setRestored(true)
  }, [submitLabel])

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    if (document.querySelector('[data-session-watch]') && !(await sessionLasts())) {
      saveDraft(form, submitLabel)
      window.location.assign(signInAgainHref(`${window.location.pathname}${window.location.search}`))
      return
    }
    setRestored(false)
    startTransition(() => formAction(data))
  }

  const entries = Object.entries(fieldErrors)
  return (
    <form ref={formRef} id={formId} action={formAction} onSubmit={onSubmit} className={className} noValidate>
      {restored ? (
        <p role="status" className="rounded-md border-l-4 border-warn bg-warn-soft p-4">
          Je sessie was verlopen. Wat je had ingevuld staat er weer (behalve wachtwoorden). Kijk het na en verstuur het
          opnieuw.
        </p>
      ) : null}
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

/** Whether this page's session still lasts. On a network fault the form is sent as usual (the server decides). */
async function sessionLasts(): Promise<boolean> {
  try {
    const response = await fetch('/api/sessie', { cache: 'no-store' })
    return response.status !== 401
  } catch {
    return true
  }
}

function focusField(event: React.MouseEvent, form: HTMLFormElement | null, name: string) {
  const field = form?.elements.namedItem(name)
  const element = field instanceof RadioNodeList ? field[0] : field
  if (element instanceof HTMLElement) {
    event.preventDefault()
    element.focus()
  }
}
