import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Notice } from '@/components/ui/notice'
import { agreementsForLearner } from '@/lib/agreements/for-learner.server'
import { requirePermission } from '@/lib/auth/session.server'
import { currentAttempt } from '@/lib/progress/attempts.server'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import { EndingScreen } from './ending-screen'
import { FeedbackScreen } from './feedback-screen'
import { SceneScreen } from './scene-screen'
import { StartScreen } from './start-screen'

type Props = {
  params: Promise<{ caseId: string; dilemmaId: string }>
  searchParams: Promise<{ verder?: string; fout?: string }>
}

const MOVE_ERRORS: Record<string, string> = {
  'stale-step': 'Deze stap was al gezet, bijvoorbeeld in een ander venster. Je ziet nu de actuele situatie.',
  'illegal-move': 'Die keuze past niet bij deze situatie. Kies een van de keuzes hieronder.',
  'attempt-ended': 'Deze poging is al afgerond.',
  'content-changed': 'Dit dilemma is bijgewerkt terwijl je speelde. Begin opnieuw; je eerdere poging blijft bewaard.',
  'not-found': 'Deze poging bestaat niet (meer).',
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { caseId, dilemmaId } = await params
  return { title: getDilemma(caseId, dilemmaId)?.frontmatter.title ?? 'Dilemma' }
}

export default async function PlayerPage({ params, searchParams }: Props) {
  const { caseId, dilemmaId } = await params
  const { verder, fout } = await searchParams
  const user = await requirePermission('play:scenario:own', { returnTo: `/leren/${caseId}/${dilemmaId}` })
  const found = getCase(caseId)
  const dilemma = getDilemma(caseId, dilemmaId)
  if (!found || !dilemma) notFound()
  const playable = { caseId, dilemmaId, contentHash: dilemma.contentHash, graph: dilemma.graph }
  const state = await currentAttempt(user.id, playable)

  const last = state?.path[state.path.length - 1]
  // Only a rated choice has feedback to read; a neutral "Verder" goes straight to the next scene.
  const lastChoice = last?.quality && state && state.path.length > 1 ? last : undefined
  const showFeedback = lastChoice && verder !== String(state?.step)
  // Lokale afspraken of the learner's organisations, only for the screens that show them.
  const agreements =
    state && (showFeedback || state.status === 'completed')
      ? await agreementsForLearner(
          user.memberships.map((m) => m.organisationId),
          caseId,
          dilemmaId,
        )
      : []
  const spoke = found.frontmatter.spokes.find((s) => s.dilemma === dilemmaId)

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/leren">Leren</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={`/leren/${caseId}`}>{found.frontmatter.title}</Link> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{dilemma.frontmatter.title}</span>
      </nav>
      <header>
        <p className="text-sm font-medium text-muted">
          {spoke ? `${spoke.domainLabel} · ${spoke.professionalLabel}` : dilemma.frontmatter.professional}
        </p>
        <h1 className="text-3xl">{dilemma.frontmatter.title}</h1>
      </header>
      {fout && MOVE_ERRORS[fout] ? (
        <Notice tone="warn" live="alert">
          {MOVE_ERRORS[fout]}
        </Notice>
      ) : null}
      {/* Keyed by screen and step, so each new screen mounts afresh and moves focus to its heading. */}
      {!state ? (
        <StartScreen caseId={caseId} dilemma={dilemma} />
      ) : showFeedback && lastChoice ? (
        <FeedbackScreen
          key={`feedback-${state.step}`}
          caseId={caseId}
          dilemma={dilemma}
          state={state}
          agreements={agreements}
        />
      ) : state.status === 'completed' ? (
        <EndingScreen
          key={`ending-${state.attemptId}`}
          caseId={caseId}
          dilemma={dilemma}
          state={state}
          agreements={agreements}
        />
      ) : (
        <SceneScreen key={`scene-${state.step}`} caseId={caseId} dilemma={dilemma} state={state} />
      )}
    </div>
  )
}
