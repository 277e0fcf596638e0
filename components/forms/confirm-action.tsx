'use client'

import { useRef, useState, useTransition } from 'react'

// A destructive action asks once more before it runs. The question appears in place and takes focus, so it works the
// same by keyboard, mouse and screen reader.
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
  action: (formData: FormData) => Promise<{ ok: boolean; message: string }>
  fields: Record<string, string>
}) {
  const [asking, setAsking] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const questionRef = useRef<HTMLParagraphElement>(null)

  function run() {
    const formData = new FormData()
    for (const [key, value] of Object.entries(fields)) formData.set(key, value)
    startTransition(async () => {
      const result = await action(formData)
      setMessage(result.message)
      setAsking(false)
    })
  }

  return (
    <div className="space-y-2">
      {asking ? (
        <div className="flex flex-wrap items-center gap-2">
          <p ref={questionRef} tabIndex={-1} className="font-medium">
            {question}
          </p>
          <button type="button" className="btn-primary bg-bad hover:bg-bad" onClick={run} disabled={pending}>
            {pending ? 'Bezig…' : confirmLabel}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setAsking(false)} disabled={pending}>
            Annuleren
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            setAsking(true)
            setMessage(null)
            requestAnimationFrame(() => questionRef.current?.focus())
          }}
        >
          {label}
        </button>
      )}
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  )
}
