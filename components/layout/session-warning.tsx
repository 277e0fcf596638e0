'use client'

import { usePathname } from 'next/navigation'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { type SessionEndPlan, type SessionRemaining, sessionEndPlan, signInAgainHref } from '@/lib/auth/session-warning'

// The warning before a session ends (WCAG 2.2.1 Timing adjustable). Two minutes before the end an alert dialog takes
// focus: for the idle limit with "Blijf ingelogd", which asks the server for a fresh session (POST /api/sessie); for
// the absolute limit with the time it ends, as nothing can move that. Once ended, it links to the sign-in page, which
// brings the learner back to this page. Forms keep what was typed (lib/forms/draft.ts). The dialog is not modal: the
// page stays usable, and the message is also spoken through the status region below.

type Phase = { kind: 'quiet' } | { kind: 'warning'; plan: SessionEndPlan; endsAt: number } | { kind: 'ended' }

const clock = (at: number) => new Date(at).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })

export function SessionWarning({ remaining }: { remaining: SessionRemaining }) {
  const [current, setCurrent] = useState(remaining)
  const [phase, setPhase] = useState<Phase>({ kind: 'quiet' })
  const [status, setStatus] = useState('')
  const [returnPath, setReturnPath] = useState('/')
  const pathname = usePathname()
  const titleId = useId()
  const textId = useId()
  const actionRef = useRef<HTMLButtonElement & HTMLAnchorElement>(null)
  const focusBefore = useRef<Element | null>(null)

  // Every client navigation is activity the server counted (proxy.ts): ask it what is left.
  const firstPath = useRef(pathname)
  useEffect(() => {
    if (pathname === firstPath.current) return
    firstPath.current = pathname
    fetch('/api/sessie', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: SessionRemaining | null) => {
        if (answer) setCurrent(answer)
      })
      .catch(() => {})
  }, [pathname])

  useEffect(() => {
    const plan = sessionEndPlan(current)
    const endsAt = Date.now() + plan.endsInSeconds * 1000
    setPhase({ kind: 'quiet' })
    const warn = setTimeout(() => {
      focusBefore.current = document.activeElement
      setPhase({ kind: 'warning', plan, endsAt })
    }, plan.warnInSeconds * 1000)
    const end = setTimeout(() => setPhase({ kind: 'ended' }), plan.endsInSeconds * 1000)
    return () => {
      clearTimeout(warn)
      clearTimeout(end)
    }
  }, [current])

  useEffect(() => {
    if (phase.kind === 'quiet') return
    setReturnPath(`${window.location.pathname}${window.location.search}`)
    actionRef.current?.focus()
  }, [phase])

  const stay = useCallback(async () => {
    const response = await fetch('/api/sessie', { method: 'POST' }).catch(() => null)
    if (!response?.ok) {
      setPhase({ kind: 'ended' })
      return
    }
    const answer = (await response.json()) as SessionRemaining
    setCurrent(answer)
    setStatus(`Je blijft ingelogd. Je sessie loopt nu tot ${clock(Date.now() + answer.idleSeconds * 1000)}.`)
    if (focusBefore.current instanceof HTMLElement) focusBefore.current.focus()
  }, [])

  return (
    <>
      {/* A live region without the status role: it is on every page, and a page's own status message stays the one
          status there (one role="status" per page keeps "the message" unambiguous for assistive tech and tests). */}
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-session-watch>
        {status}
      </p>
      {phase.kind === 'quiet' ? null : (
        <div
          role="alertdialog"
          aria-modal="false"
          aria-labelledby={titleId}
          aria-describedby={textId}
          className="fixed inset-x-2 bottom-2 z-50 mx-auto max-w-lg space-y-3 rounded-md border-l-4 border-warn bg-white p-4 shadow-lg"
        >
          {phase.kind === 'ended' ? (
            <>
              <p id={titleId} className="font-semibold">
                Je sessie is verlopen
              </p>
              <p id={textId}>
                Log opnieuw in. Je komt daarna terug op deze pagina. Wat je in een formulier had ingevuld, bewaren we
                (behalve wachtwoorden).
              </p>
              <a ref={actionRef} href={signInAgainHref(returnPath)} className="btn-primary inline-block">
                Opnieuw inloggen
              </a>
            </>
          ) : phase.plan.kind === 'idle' ? (
            <>
              <p id={titleId} className="font-semibold">
                Je sessie verloopt bijna
              </p>
              <p id={textId}>
                Je hebt even niets gedaan. Over 2 minuten, om {clock(phase.endsAt)}, word je uitgelogd. Wil je ingelogd
                blijven?
              </p>
              <button ref={actionRef} type="button" className="btn-primary" onClick={stay}>
                Blijf ingelogd
              </button>
            </>
          ) : (
            <>
              <p id={titleId} className="font-semibold">
                Je sessie eindigt bijna
              </p>
              <p id={textId}>
                Je bent al lang ingelogd. Om {clock(phase.endsAt)} word je voor je veiligheid uitgelogd; dat kunnen we
                niet uitstellen. Rond af wat je doet. Daarna log je opnieuw in en kom je terug op deze pagina.
              </p>
              <button
                ref={actionRef}
                type="button"
                className="btn-secondary"
                onClick={() => setPhase({ kind: 'quiet' })}
              >
                Begrepen
              </button>
            </>
          )}
        </div>
      )}
    </>
  )
}
