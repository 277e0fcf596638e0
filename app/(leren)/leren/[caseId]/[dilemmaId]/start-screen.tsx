import type { CatalogDilemma } from '@/lib/scenarios/catalog'
import { startAttemptAction } from './actions'
import { MoveFields } from './hidden-fields'

export function StartScreen({ caseId, dilemma }: { caseId: string; dilemma: CatalogDilemma }) {
  const { summary, minutes, themes } = dilemma.frontmatter
  return (
    <section className="card space-y-4" aria-labelledby="start-titel">
      <h2 id="start-titel" className="text-xl">
        Over dit dilemma
      </h2>
      <p className="text-lg">{summary}</p>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1">
        <dt className="font-medium">Duur</dt>
        <dd>ongeveer {minutes} minuten</dd>
        <dt className="font-medium">Thema’s</dt>
        <dd>{themes.map((theme) => theme.replaceAll('-', ' ')).join(', ')}</dd>
      </dl>
      <p>Je maakt steeds een keuze. Daarna lees je waarom die keuze verstandig, riskant of fout is.</p>
      <form action={startAttemptAction}>
        <MoveFields caseId={caseId} dilemmaId={dilemma.id} />
        <button type="submit" className="btn-primary">
          Begin dit dilemma
        </button>
      </form>
    </section>
  )
}
