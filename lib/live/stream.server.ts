import { db } from '@/lib/db/client.server'
import { type Listener, liveBus } from './bus.server'
import { liveSnapshot } from './sessions.server'

// The Server-Sent Events stream of one screen. On connect (also a reconnect, with or without Last-Event-ID) the full
// state comes first, so a phone that was locked or lost its wifi is at the current step at once; after that every
// change. State events carry the session version as their id; vote counts go only to the docent's screens.

const HEARTBEAT_MS = 15_000
const encoder = new TextEncoder()

export function sseFrame(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

export function liveEventStream(sessionId: string, audience: 'docent' | 'participant', signal: AbortSignal): Response {
  let cleanup = () => {}
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true
      const write = (text: string) => {
        if (!open) return
        try {
          controller.enqueue(encoder.encode(text))
        } catch {
          close()
        }
      }
      const sendSnapshot = async () => {
        const session = await db().liveSession.findUnique({ where: { id: sessionId } })
        if (!session) return close()
        const snapshot = await liveSnapshot(session)
        write(sseFrame('state', snapshot, snapshot.version))
      }
      const listener: Listener = (event) => {
        if (event.type === 'resync') void sendSnapshot().catch(() => {})
        else if (event.type === 'state') write(sseFrame('state', event.snapshot, event.snapshot.version))
        else if (audience === 'docent') write(sseFrame('count', { step: event.step, votes: event.votes }))
      }
      // Subscribed before the snapshot is read, so no change between the two is missed.
      const unsubscribe = liveBus().subscribe(sessionId, listener)
      const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS)
      const close = () => {
        if (!open) return
        open = false
        clearInterval(heartbeat)
        unsubscribe()
        try {
          controller.close()
        } catch {}
      }
      cleanup = close
      signal.addEventListener('abort', close)
      write('retry: 1000\n\n')
      // The snapshot is read once the bus listens: every change after it reaches this screen as an event.
      void liveBus().ready.then(sendSnapshot).catch(close)
    },
    cancel() {
      cleanup()
    },
  })
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compression (which buffers) off this response; proxies must not buffer either.
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    },
  })
}
