import { summarise } from '../../bench/support'
import { openStream, participantCookie, postJson, type SeededSession } from '../../tests/support/live-harness'

// One measured live session: a projector stream and phone streams (on whichever instances), a burst of votes, then
// rounds of docent changes. What counts is the time until every screen has the update.

export type Placement = { projectorBase: string; phoneBase: string }

export type SessionRun = {
  voteLatencies: number[]
  voteErrors: number
  /** HTTP status (0: no answer) of the failed votes, and how many. */
  voteFailures: Record<string, number>
  /** From the first vote sent until the projector showed all of them. */
  burstSettleMs: number
  /** Per screen and round: from the docent's request until that phone had the new state. */
  screenLatencies: number[]
  /** Per round: until the last phone had it. */
  roundMaxima: number[]
  missed: number
}

export async function openSession(session: SeededSession, docentCookie: string, placement: Placement) {
  let projectorVotes = 0
  const projectorWaiters: { votes: number; resolve: (at: number) => void }[] = []
  const phoneVersions = session.tokens.map(() => -1)
  const phoneWaiters: { version: number; resolve: (at: number) => void }[][] = session.tokens.map(() => [])

  const projector = await openStream(placement.projectorBase, session.id, docentCookie, (frame) => {
    const votes = Number(frame.data.votes ?? 0)
    if (votes > projectorVotes) projectorVotes = votes
    for (const waiter of projectorWaiters.filter((w) => projectorVotes >= w.votes)) {
      projectorWaiters.splice(projectorWaiters.indexOf(waiter), 1)
      waiter.resolve(frame.at)
    }
  })
  const phones = await Promise.all(
    session.tokens.map((token, index) =>
      openStream(placement.phoneBase, session.id, participantCookie(session.id, token), (frame) => {
        if (frame.event !== 'state') return
        const version = Number(frame.data.version)
        if (version > (phoneVersions[index] ?? -1)) phoneVersions[index] = version
        const waiters = phoneWaiters[index] ?? []
        for (const waiter of waiters.filter((w) => version >= w.version)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(frame.at)
        }
      }),
    ),
  )
  // Every screen has its first state before anything is measured.
  const deadline = Date.now() + 30_000
  while (phoneVersions.some((v) => v < 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))

  const projectorAt = (votes: number, timeoutMs: number) =>
    new Promise<number | null>((resolve) => {
      if (projectorVotes >= votes) return resolve(performance.now())
      const timer = setTimeout(() => resolve(null), timeoutMs)
      projectorWaiters.push({
        votes,
        resolve: (at) => {
          clearTimeout(timer)
          resolve(at)
        },
      })
    })
  const phoneAt = (index: number, version: number, timeoutMs: number) =>
    new Promise<number | null>((resolve) => {
      if ((phoneVersions[index] ?? -1) >= version) return resolve(performance.now())
      const timer = setTimeout(() => resolve(null), timeoutMs)
      phoneWaiters[index]?.push({
        version,
        resolve: (at) => {
          clearTimeout(timer)
          resolve(at)
        },
      })
    })

  return {
    screens: session.tokens.length + 1,
    currentVersion: () => Math.max(...phoneVersions),
    close() {
      projector.close()
      for (const phone of phones) phone.close()
    },
    /** Every phone votes at once (and every third one changes its mind: still one vote each). */
    async voteBurst(run: SessionRun) {
      const started = performance.now()
      const settled = projectorAt(session.tokens.length, 30_000)
      await Promise.all(
        session.tokens.map(async (token, index) => {
          const cookie = participantCookie(session.id, token)
          const choiceIds = session.choiceIds
          for (const round of index % 3 === 0 ? [0, 1] : [0]) {
            const t = performance.now()
            const status = await postJson(placement.phoneBase, `/api/live/${session.id}/vote`, cookie, {
              step: session.step,
              choiceId: choiceIds[(index + round) % choiceIds.length],
            }).catch(() => 0)
            run.voteLatencies.push(performance.now() - t)
            if (status !== 200) {
              run.voteErrors++
              run.voteFailures[status] = (run.voteFailures[status] ?? 0) + 1
            }
          }
        }),
      )
      const at = await settled
      run.burstSettleMs = at === null ? Number.POSITIVE_INFINITY : at - started
    },
    /** One docent change (showing a choice's feedback or hiding it) and how long until each phone had it. */
    async round(run: SessionRun, choiceId: string | null) {
      const target = Math.max(...phoneVersions) + 1
      const started = performance.now()
      const arrivals = Promise.all(session.tokens.map((_, index) => phoneAt(index, target, 10_000)))
      const status = await postJson(placement.projectorBase, `/api/live/${session.id}/control`, docentCookie, {
        action: 'feedback',
        choiceId,
      })
      if (status !== 200) throw new Error(`control answered ${status}`)
      const times = await arrivals
      let max = 0
      for (const at of times) {
        if (at === null) {
          run.missed++
          continue
        }
        const latency = Math.max(0, at - started)
        run.screenLatencies.push(latency)
        max = Math.max(max, latency)
      }
      run.roundMaxima.push(max)
    },
  }
}

export function emptyRun(): SessionRun {
  return {
    voteLatencies: [],
    voteErrors: 0,
    voteFailures: {},
    burstSettleMs: 0,
    screenLatencies: [],
    roundMaxima: [],
    missed: 0,
  }
}

export function report(runs: SessionRun[]) {
  const all = (pick: (r: SessionRun) => number[]) => runs.flatMap(pick)
  return {
    votes: {
      latency: summarise(all((r) => r.voteLatencies)),
      errors: runs.reduce((s, r) => s + r.voteErrors, 0),
      failures: runs.reduce<Record<string, number>>((all, r) => {
        for (const [status, n] of Object.entries(r.voteFailures)) all[status] = (all[status] ?? 0) + n
        return all
      }, {}),
    },
    burstSettle: summarise(runs.map((r) => r.burstSettleMs)),
    screens: summarise(all((r) => r.screenLatencies)),
    everyScreen: summarise(all((r) => r.roundMaxima)),
    missed: runs.reduce((s, r) => s + r.missed, 0),
  }
}
