'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import type { LiveSnapshot } from '@/lib/live/view'

// Follows a live session over Server-Sent Events. The page was rendered at some version of the session; a newer state
// (another scene, the split revealed, feedback shown) re-renders it on the server (router.refresh), since the scene
// text is compiled MDX rendered there. Vote counts only change a number, so they stay on the client.
// EventSource reconnects by itself (the server asks for 1 s) and the server sends the full state first, so a phone
// that slept is at the current step at once.

export type LiveConnection = 'connecting' | 'live' | 'reconnecting'

export function useLiveEvents(sessionId: string, rendered: LiveSnapshot) {
  const router = useRouter()
  const [latest, setLatest] = useState(rendered)
  const [count, setCount] = useState({ step: rendered.step, votes: rendered.votes })
  const [connection, setConnection] = useState<LiveConnection>('connecting')
  const renderedVersion = useRef(rendered.version)
  renderedVersion.current = rendered.version

  useEffect(() => {
    const source = new EventSource(`/api/live/${sessionId}/events`)
    source.onopen = () => setConnection('live')
    source.onerror = () => setConnection('reconnecting')
    source.addEventListener('state', (event) => {
      const snapshot = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot
      setLatest((previous) => (snapshot.version >= previous.version ? snapshot : previous))
      setCount((previous) =>
        previous.step === snapshot.step && previous.votes > snapshot.votes
          ? previous
          : { step: snapshot.step, votes: snapshot.votes },
      )
      if (snapshot.version > renderedVersion.current) router.refresh()
    })
    source.addEventListener('count', (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as { step: number; votes: number }
      // Counts of concurrent votes may arrive out of order; within a step the count only grows.
      setCount((previous) => (previous.step === next.step && previous.votes >= next.votes ? previous : next))
    })
    return () => source.close()
  }, [sessionId, router])

  const snapshot = rendered.version > latest.version ? rendered : latest
  const votes = count.step === snapshot.step ? Math.max(count.votes, snapshot.votes) : snapshot.votes
  return { snapshot, votes, connection }
}
