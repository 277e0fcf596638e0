'use client'

import { useState } from 'react'
import type { LabelledChoice, LiveSnapshot } from '@/lib/live/view'
import { useLiveEvents } from './use-live-events'

// The phone: the current question's choices, lettered as on the projector. A vote can be changed until the docent
// closes voting. Sending is retried once after a network error; the server keeps one vote per person and step, so a
// retry never counts twice.

type Props = { sessionId: string; rendered: LiveSnapshot; choices: LabelledChoice[]; myVote: string | null }

async function send(sessionId: string, step: number, choiceId: string): Promise<Response> {
  const request = () =>
    fetch(`/api/live/${sessionId}/vote`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step, choiceId }),
    })
  try {
    return await request()
  } catch {
    return request()
  }
}

export function PhoneVoting({ sessionId, rendered, choices, myVote }: Props) {
  const { snapshot, connection } = useLiveEvents(sessionId, rendered)
  const [vote, setVote] = useState<{ step: number; choiceId: string | null }>({ step: rendered.step, choiceId: myVote })
  const [message, setMessage] = useState('')
  const [sending, setSending] = useState(false)
  const current = vote.step === rendered.step ? vote.choiceId : myVote
  const open = snapshot.phase === 'voting' && snapshot.step === rendered.step

  async function choose(choiceId: string) {
    setSending(true)
    setMessage('')
    try {
      const response = await send(sessionId, rendered.step, choiceId)
      if (response.ok) setVote({ step: rendered.step, choiceId })
      else {
        const body = (await response.json().catch(() => null)) as { message?: string } | null
        setMessage(body?.message ?? 'Je stem is niet aangekomen. Probeer het opnieuw.')
      }
    } catch {
      setMessage('Geen verbinding. Probeer het opnieuw.')
    } finally {
      setSending(false)
    }
  }

  const chosen = choices.find((c) => c.id === current)
  return (
    <div className="space-y-4" data-live-version={snapshot.version}>
      <p aria-live="polite" className="font-semibold" data-testid="phone-status">
        {open
          ? chosen
            ? `Je stem: ${chosen.letter}. Je kunt nog wisselen tot het stemmen sluit.`
            : 'Kies wat jij zou doen.'
          : chosen
            ? `Het stemmen is gesloten. Je stemde ${chosen.letter}. Kijk naar het scherm.`
            : 'Het stemmen is gesloten. Kijk naar het scherm.'}
      </p>
      <ul className="space-y-3">
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              disabled={!open || sending}
              aria-pressed={current === choice.id}
              onClick={() => choose(choice.id)}
              className={`flex w-full items-start gap-3 rounded-md border-2 border-brand p-4 text-left ${
                current === choice.id ? 'bg-brand text-white' : 'bg-white'
              } disabled:opacity-70`}
            >
              <span className="text-2xl font-bold">{choice.letter}</span>
              <span>{choice.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {message ? (
        <p role="alert" className="font-medium text-bad">
          {message}
        </p>
      ) : null}
      {connection === 'reconnecting' ? <p className="text-muted">Verbinding herstellen…</p> : null}
    </div>
  )
}
