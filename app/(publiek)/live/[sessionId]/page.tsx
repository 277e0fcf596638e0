import type { Metadata } from 'next'
import Link from 'next/link'
import { PhoneVoting } from '@/components/live/phone-voting'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { db } from '@/lib/db/client.server'
import { findNode } from '@/lib/engine/moves'
import { currentParticipant } from '@/lib/live/access.server'
import { dilemmaOf, liveSnapshot } from '@/lib/live/sessions.server'
import { liveChoices } from '@/lib/live/view'

export const metadata: Metadata = { title: 'Stemmen' }

// A participant's phone. Only with the session's cookie (from joining with the code); the page follows the projector.
export default async function PhoneVotingPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params
  const participant = /^[a-z0-9]{1,64}$/i.test(sessionId) ? await currentParticipant(sessionId) : null
  const session = participant ? await db().liveSession.findUnique({ where: { id: sessionId } }) : null
  const dilemma = session ? dilemmaOf(session) : undefined
  if (!participant || !session || !dilemma || session.phase === 'ended') {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-3xl">Deze sessie loopt niet (meer)</h1>
        <p>Bedankt voor het meedoen. Doe je mee met een nieuwe sessie? Vul dan de code van het scherm in.</p>
        <p>
          <Link href="/live">Meedoen met een code</Link>
        </p>
      </div>
    )
  }
  const snapshot = await liveSnapshot(session)
  const node = findNode(dilemma.graph, session.sceneId)
  const choices = liveChoices(dilemma.graph, session.seed, session.sceneId, session.flags)
  const vote = await db().liveVote.findUnique({
    where: { participantId_step: { participantId: participant.id, step: session.step } },
    select: { choiceId: true },
  })
  return (
    <div className="mx-auto max-w-md space-y-4">
      <p className="text-muted">{dilemma.frontmatter.title}</p>
      {node?.kind === 'ending' ? (
        <>
          <h1 className="text-2xl">Einde: {node.title}</h1>
          <p>Kijk naar het scherm voor de oplossingsrichting en de vragen voor het gesprek.</p>
          <PhoneVoting sessionId={session.id} rendered={snapshot} choices={[]} myVote={null} />
        </>
      ) : (
        <>
          <h1 className="text-2xl">{node?.kind === 'scene' ? (node.title ?? 'Wat doe je?') : 'Wat doe je?'}</h1>
          <details className="card">
            <summary className="cursor-pointer font-medium">Lees de situatie</summary>
            <DilemmaView
              contentHash={dilemma.contentHash}
              code={dilemma.code}
              view={{
                mode: 'scene',
                sceneId: session.sceneId,
                flags: session.flags,
                offered: [],
                renderChoice: () => null,
              }}
            />
          </details>
          <PhoneVoting sessionId={session.id} rendered={snapshot} choices={choices} myVote={vote?.choiceId ?? null} />
        </>
      )}
    </div>
  )
}
