'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { useFormAction } from '@/components/forms/use-form-action'
import type { FormResult } from '@/lib/forms/result'

// A destructive action asks once more before it runs. It is a disclosure (<details>) holding a plain form bound to the
// server action, so it works before hydration and without JavaScript too: the summary opens the question natively and
// the confirm button POSTs the form; "Annuleren" is a link back to the page, which closes it. With JavaScript the
// question takes focus when it opens, cancelling closes it in place and returns focus to the opener, and the result is
// announced in a status message.
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  action,
  fields,
}: {
  label: string
  question: string
  confirmLabel: string
  action: (previous: FormResult | null, formData: FormData) => Promise<FormResult>
  fields: Record<string, string>
}) {
  const { result, formAction, pending, onSubmit } = useFormAction(action)
  const detailsRef = useRef<HTMLDetailsElement>(null)
  const summaryRef = useRef<HTMLElement>(null)
  const questionRef = useRef<HTMLParagraphElement>(null)
  const pathname = usePathname()

  // After an answer the question closes, whatever the outcome; the status message says what happened.
  useEffect(() => {
    if (result && detailsRef.current) detailsRef.current.open = false
  }, [result])

  function onToggle() {
    if (detailsRef.current?.open) questionRef.current?.focus()
  }

  function cancel(event: React.MouseEvent) {
    event.preventDefault()
    if (detailsRef.current) detailsRef.current.open = false
    summaryRef.current?.focus()
  }

  return (
    <div className="space-y-2">
      <details ref={detailsRef} onToggle={onToggle} className="group">
        <summary
          ref={summaryRef}
          className="btn-secondary inline-flex cursor-pointer list-none [&::-webkit-details-marker]:hidden"
        >
          {label}
        </summary>
        <form action={formAction} onSubmit={onSubmit} className="mt-2 flex flex-wrap items-center gap-2">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p ref={questionRef} tabIndex={-1} className="font-medium">
            {question}
          </p>
          <button type="submit" className="btn-primary bg-bad hover:bg-bad" disabled={pending}>
            {pending ? 'Bezig…' : confirmLabel}
          </button>
          <a href={pathname} className="btn-secondary" onClick={cancel}>
            Annuleren
          </a>
        </form>
      </details>
      {result?.message ? (
        <p role="status" className="text-sm">
          {result.message}
        </p>
      ) : null}
    </div>
  )
}
