'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ControlInput } from '@/lib/live/sessions.server'
import { type LabelledChoice, LIVE_SPLIT_MINIMUM, type LiveSnapshot } from '@/lib/live/view'
import { SplitBars } from './split-bars'
import { useLiveEvents } from './use-live-events'

// The projector: a full-screen modal dialog (so the site around it is inert and out of the way), the server-rendered
// scene, feedback or ending as children, and the docent's controls. Keys: space takes the next step of the round
// (close voting, show the split, go on with the majority), R shows the split.

type Props = {
  sessionId: string
  title: string
  rendered: LiveSnapshot
  choices: LabelledChoice[]
  joinCode: string | null
  joinUrl: string
  qrSvg: string
  children: React.ReactNode
}

export function ProjectorFrame({ sessionId, title, rendered, choices, joinCode, joinUrl, qrSvg, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const { snapshot, votes, connection } = useLiveEvents(sessionId, rendered)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  const control = useCallback(
    async (input: ControlInput) => {
      setBusy(true)
      setMessage('')
      try {
        const response = await fetch(`/api/live/${sessionId}/control`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
        })
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { message?: string } | null
          setMessage(body?.message ?? 'Dat lukte niet. Probeer het opnieuw.')
        }
      } catch {
        setMessage('Geen verbinding. Probeer het opnieuw.')
      } finally {
        setBusy(false)
      }
    },
    [sessionId],
  )

  const ended = snapshot.phase === 'ended'
  const nextStep = useCallback(() => {
    if (ended || snapshot.atEnding || busy) return
    if (snapshot.phase === 'voting') void control({ action: 'close' })
    else if (snapshot.phase === 'closed') void control({ action: 'reveal' })
    else void control({ action: 'next' })
  }, [ended, snapshot.atEnding, snapshot.phase, busy, control])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (event.key === ' ') {
        // Space on a focused button would press it as well: the key means "next" on the projector.
        event.preventDefault()
        if (!event.repeat) nextStep()
      } else if ((event.key === 'r' || event.key === 'R') && !snapshot.atEnding && !ended) {
        event.preventDefault()
        void control({ action: 'reveal' })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [nextStep, control, snapshot.atEnding, ended])

  const voting = snapshot.phase === 'voting'
  return (
    <dialog
      ref={dialog}
      aria-labelledby="live-titel"
      className="live-projector m-0 h-full max-h-none w-full max-w-none overflow-auto bg-white p-8 text-ink"
      // Escape would close the dialog and leave the projector; the docent leaves with the link instead.
      onCancel={(event) => event.preventDefault()}
      data-live-version={snapshot.version}
    >
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <h1 id="live-titel" className="text-5xl font-bold">
            {title}
          </h1>
          {children}
        </div>
        <aside aria-label="Meedoen en stemmen" className="space-y-6">
          {joinCode ? (
            <div className="space-y-2 rounded-lg border-4 border-ink p-4 text-center">
              <p>Doe mee op</p>
              <p className="break-all font-semibold">{joinUrl.replace(/^https?:\/\//, '').replace(/\?.*$/, '')}</p>
              <p>met code</p>
              <p className="font-mono text-5xl font-bold tracking-widest" data-testid="live-code">
                {joinCode}
              </p>
              <div
                role="img"
                aria-label={`QR-code met de link ${joinUrl}`}
                className="mx-auto w-56 bg-white p-1"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: QR markup from the qrcode library: only paths
                dangerouslySetInnerHTML={{ __html: qrSvg }}
              />
            </div>
          ) : null}
          {ended || snapshot.atEnding ? null : (
            <div aria-live="polite" className="space-y-1 rounded-lg bg-brand-soft p-4">
              <p className="text-4xl font-bold" data-testid="live-votes">
                {votes} {votes === 1 ? 'stem' : 'stemmen'}
              </p>
              <p>{voting ? 'Stem nu op je telefoon.' : 'Het stemmen is gesloten.'}</p>
            </div>
          )}
          {connection === 'reconnecting' ? <p className="font-semibold text-bad">Verbinding herstellen…</p> : null}
        </aside>
      </div>

      {snapshot.phase === 'revealed' && !snapshot.atEnding ? (
        <section aria-labelledby="verdeling-titel" className="mt-8 space-y-4">
          <h2 id="verdeling-titel" className="text-4xl font-semibold">
            Zo is er gestemd
          </h2>
          {snapshot.split ? (
            <SplitBars choices={choices} split={snapshot.split} />
          ) : (
            <p data-testid="live-no-split">
              Minder dan {LIVE_SPLIT_MINIMUM} stemmen: de verdeling blijft verborgen, zodat niemands keuze te herleiden
              is.
            </p>
          )}
        </section>
      ) : null}

      {ended ? null : (
        <nav aria-label="Bediening" className="mt-10 space-y-4 border-t-4 border-line pt-6">
          <p aria-live="assertive" className="font-semibold text-bad">
            {message}
          </p>
          {snapshot.atEnding ? null : (
            <div className="flex flex-wrap gap-3">
              {voting ? (
                <button
                  type="button"
                  className="btn-primary"
                  disabled={busy}
                  onClick={() => control({ action: 'close' })}
                >
                  Stemmen sluiten (spatie)
                </button>
              ) : null}
              {snapshot.phase !== 'revealed' ? (
                <button
                  type="button"
                  className="btn-primary"
                  disabled={busy}
                  onClick={() => control({ action: 'reveal' })}
                >
                  Verdeling tonen (R)
                </button>
              ) : null}
              {voting ? null : (
                <>
                  {choices.map((choice) => (
                    <button
                      key={`feedback-${choice.id}`}
                      type="button"
                      className="btn-secondary"
                      disabled={busy}
                      aria-pressed={snapshot.feedbackChoiceId === choice.id}
                      onClick={() =>
                        control({
                          action: 'feedback',
                          choiceId: snapshot.feedbackChoiceId === choice.id ? null : choice.id,
                        })
                      }
                    >
                      Feedback bij {choice.letter}
                    </button>
                  ))}
                  <button
                    type="button"
                    className="btn-primary"
                    disabled={busy}
                    onClick={() => control({ action: 'next' })}
                  >
                    Verder met de meerderheid{snapshot.phase === 'revealed' ? ' (spatie)' : ''}
                  </button>
                  {choices.map((choice) => (
                    <button
                      key={`next-${choice.id}`}
                      type="button"
                      className="btn-secondary"
                      disabled={busy}
                      onClick={() => control({ action: 'next', choiceId: choice.id })}
                    >
                      Verder met {choice.letter}
                    </button>
                  ))}
                </>
              )}
            </div>
          )}
          <button
            type="button"
            className="btn-secondary"
            disabled={busy}
            onClick={() => {
              if (window.confirm('De sessie beëindigen? Alle stemmen worden gewist; de verdeling per vraag blijft.'))
                void control({ action: 'end' })
            }}
          >
            Sessie beëindigen
          </button>
        </nav>
      )}
    </dialog>
  )
}
