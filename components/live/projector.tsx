import Link from 'next/link'
import { Oplossingsrichting } from '@/app/(leren)/leren/[caseId]/[dilemmaId]/oplossingsrichting'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import { qrSvg } from '@/lib/classes/qr.server'
import { findNode } from '@/lib/engine/moves'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { dilemmaOf, type LiveSessionRow, liveSnapshot } from '@/lib/live/sessions.server'
import { liveChoices } from '@/lib/live/view'
import { ProjectorFrame } from './projector-frame'

// The projector of a live session, rendered on the server at the session's current version: the scene with its
// lettered choices, the feedback the docent opened, or the ending with the oplossingsrichting and the discussion
// questions. ProjectorFrame follows the session and asks for a new render when it moves on.
export async function LiveProjector({ session, backHref }: { session: LiveSessionRow; backHref: string }) {
  const dilemma = dilemmaOf(session)
  const snapshot = await liveSnapshot(session)
  const joinUrl = `${await publicOrigin()}/live?code=${session.joinCode ?? ''}`
  const qr = session.joinCode ? await qrSvg(joinUrl) : ''
  if (!dilemma) {
    return <p>Dit dilemma bestaat niet meer.</p>
  }
  const choices = liveChoices(dilemma.graph, session.seed, session.sceneId, session.flags)
  const node = findNode(dilemma.graph, session.sceneId)
  const feedbackChoice = choices.find((c) => c.id === session.feedbackChoiceId)

  let content: React.ReactNode
  if (session.phase === 'ended') {
    content = (
      <section aria-labelledby="afgelopen" className="space-y-4">
        <h2 id="afgelopen" className="text-4xl font-semibold">
          De sessie is afgelopen
        </h2>
        <p>Alle stemmen zijn gewist. Bewaard is alleen de verdeling per beslismoment waar minstens 5 mensen stemden.</p>
        <p>
          <a href={`/klas/live/${session.id}/export`}>Download de verdeling (CSV)</a>
        </p>
        <p>
          <Link href={backHref}>Terug naar de sessies</Link>
        </p>
      </section>
    )
  } else if (node?.kind === 'ending') {
    content = (
      <div className="space-y-8">
        <section
          aria-labelledby="einde"
          className={`space-y-4 rounded-lg border-l-8 p-6 ${QUALITY_DISPLAY[node.outcome].tone}`}
        >
          <h2 id="einde" className="text-4xl font-semibold">
            Einde: {node.title}
          </h2>
          <p>
            Uitkomst: <strong>{QUALITY_DISPLAY[node.outcome].label}</strong>
          </p>
          <DilemmaView
            contentHash={dilemma.contentHash}
            code={dilemma.code}
            view={{ mode: 'ending', endingId: node.id, flags: session.flags }}
          />
        </section>
        {node.outcome === 'passend' ? null : <Oplossingsrichting dilemma={dilemma} />}
        {dilemma.frontmatter.docent ? (
          <section aria-labelledby="vragen" className="space-y-3">
            <h2 id="vragen" className="text-4xl font-semibold">
              Vragen voor het gesprek
            </h2>
            <ol className="list-decimal space-y-2 pl-10">
              {dilemma.frontmatter.docent.vragen.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    )
  } else {
    const order = choices.map((c) => c.id)
    content = (
      <div className="space-y-6">
        <section aria-labelledby="situatie" className="space-y-4">
          <h2 id="situatie" className="text-4xl font-semibold">
            {node?.kind === 'scene' ? (node.title ?? 'Wat doe je?') : 'Wat doe je?'}
          </h2>
          <DilemmaView
            contentHash={dilemma.contentHash}
            code={dilemma.code}
            view={{
              mode: 'scene',
              sceneId: session.sceneId,
              flags: session.flags,
              offered: order,
              order,
              renderChoice: (id, label) => (
                <div key={id} className="flex items-start gap-4 rounded-lg border-4 border-brand p-4" data-choice={id}>
                  <span className="text-5xl font-bold text-brand">{choices.find((c) => c.id === id)?.letter}</span>
                  <span className="block">{label}</span>
                </div>
              ),
            }}
          />
        </section>
        {feedbackChoice?.quality ? (
          <section
            aria-labelledby="feedback"
            className={`space-y-4 rounded-lg border-l-8 p-6 ${QUALITY_DISPLAY[feedbackChoice.quality].tone}`}
            data-testid="live-feedback"
          >
            <h2 id="feedback" className="text-4xl font-semibold">
              Feedback bij {feedbackChoice.letter}: {QUALITY_DISPLAY[feedbackChoice.quality].heading}
            </h2>
            <DilemmaView
              contentHash={dilemma.contentHash}
              code={dilemma.code}
              view={{
                mode: 'feedback',
                sceneId: session.sceneId,
                choiceId: feedbackChoice.id,
                heading: `Keuze ${feedbackChoice.letter}`,
              }}
            />
          </section>
        ) : feedbackChoice ? (
          <section
            aria-labelledby="feedback"
            className="rounded-lg border-l-8 border-line p-6"
            data-testid="live-feedback"
          >
            <h2 id="feedback" className="text-4xl font-semibold">
              Keuze {feedbackChoice.letter} heeft geen feedback
            </h2>
          </section>
        ) : null}
      </div>
    )
  }

  return (
    <ProjectorFrame
      sessionId={session.id}
      title={dilemma.frontmatter.title}
      rendered={snapshot}
      choices={choices}
      joinCode={session.joinCode}
      joinUrl={joinUrl}
      qrSvg={qr}
    >
      {content}
    </ProjectorFrame>
  )
}
