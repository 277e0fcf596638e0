import type { Metadata } from 'next'
import Link from 'next/link'
import { joinClassAction } from '@/app/(publiek)/meedoen/actions'
import { ActionForm } from '@/components/forms/action-form'
import { TextField } from '@/components/forms/text-field'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { type LearnerAssignment, learnerAssignments } from '@/lib/classes/assignments.server'
import { formatDate } from '@/lib/format/dates'
import { STANDING_LABELS, standingLabel, standingsInCase } from '@/lib/progress/standing.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Leren' }

const JOINED: Record<string, string> = {
  welkom: 'Je doet nu mee met de klas. Je opdrachten staan hieronder.',
  'al-lid': 'Je zat al in deze klas. Je opdrachten staan hieronder.',
}

export default async function LearnHomePage({ searchParams }: { searchParams: Promise<{ klas?: string }> }) {
  const user = await requirePermission('play:scenario:own', { returnTo: '/leren' })
  const { klas } = await searchParams
  const [assignments, cases] = await Promise.all([
    learnerAssignments(user.id),
    Promise.all(
      getCatalog().cases.map(async (c) => {
        const progress = await standingsInCase(user.id, c.id)
        const behaald = c.dilemmas.filter((d) => progress.get(d.id)?.behaald).length
        const afgerond = c.dilemmas.filter((d) => progress.get(d.id)?.status === 'afgerond').length
        return {
          id: c.id,
          title: c.frontmatter.title,
          summary: c.frontmatter.summary,
          behaald,
          notYet: afgerond - behaald,
          total: c.dilemmas.length,
        }
      }),
    ),
  ])
  const open = assignments.filter((a) => a.progress.status !== 'afgerond')
  const notBehaald = assignments.filter((a) => a.progress.status === 'afgerond' && !a.progress.behaald)
  return (
    <div className="space-y-10">
      <PageHeader title={`Welkom, ${user.name}`} intro="Kies een gezin en loop hun levenswiel door." />
      {klas && JOINED[klas] ? (
        <Notice tone="good" live="status">
          {JOINED[klas]}
        </Notice>
      ) : null}
      <section aria-labelledby="opdrachten" className="space-y-3">
        <h2 id="opdrachten" className="text-2xl">
          Mijn opdrachten
        </h2>
        {assignments.length === 0 ? (
          <p className="text-muted">
            Je hebt nog geen opdrachten. Als je docent een dilemma klaarzet, zie je het hier.
          </p>
        ) : (
          <>
            <p>{assignmentsSummary(assignments.length, open.length, notBehaald.length)}</p>
            <ul className="space-y-3">
              {assignments.map((a) => (
                <AssignmentItem key={a.id} assignment={a} />
              ))}
            </ul>
          </>
        )}
        <p>
          <Link href="/leren/certificaten">Mijn certificaten</Link>
        </p>
      </section>
      <section aria-labelledby="casussen" className="space-y-3">
        <h2 id="casussen" className="text-2xl">
          Levenswielen
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {cases.map((c) => (
            <li key={c.id} className="card space-y-2">
              <h3 className="text-xl">
                <Link href={`/leren/${c.id}`}>{c.title}</Link>
              </h3>
              <p className="text-muted">{c.summary}</p>
              <p>
                {c.behaald} van {c.total} dilemma’s behaald
                {c.notYet > 0 ? `, ${c.notYet} afgerond maar nog niet behaald` : null}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="klascode" className="space-y-3">
        <h2 id="klascode" className="text-2xl">
          Meedoen met een klas
        </h2>
        <ActionForm action={joinClassAction} submitLabel="Meedoen" className="card max-w-md space-y-4">
          <TextField
            name="code"
            label="Klascode"
            hint="Je krijgt de code van je docent, bijvoorbeeld ABCD-EFGH."
            autoComplete="off"
            maxLength={20}
          />
        </ActionForm>
      </section>
    </div>
  )
}

/** Praise only when every assignment is behaald; finished-but-not-behaald is named as such. */
function assignmentsSummary(total: number, open: number, notBehaald: number) {
  if (open === 0 && notBehaald === 0) return 'Je hebt alle opdrachten behaald. Goed gedaan!'
  const parts = []
  if (open > 0) parts.push(`Nog ${open} van ${total} opdrachten te doen.`)
  if (notBehaald > 0)
    parts.push(
      `${notBehaald} ${notBehaald === 1 ? 'opdracht is' : 'opdrachten zijn'} afgerond maar nog niet behaald: speel ${notBehaald === 1 ? 'hem' : 'ze'} opnieuw.`,
    )
  return parts.join(' ')
}

function AssignmentItem({ assignment: a }: { assignment: LearnerAssignment }) {
  return (
    <li className={`card space-y-1 ${a.overdue ? 'border-l-4 border-bad' : ''}`}>
      <h3 className="text-lg">
        {a.title ? (
          <Link href={`/leren/${a.caseId}/${a.dilemmaId}`}>{a.title}</Link>
        ) : (
          <span>Dit dilemma bestaat niet meer</span>
        )}
      </h3>
      <p className="text-sm text-muted">Klas: {a.groupName}</p>
      <p>
        <span className="font-medium">{STANDING_LABELS[standingLabel(a.progress)]}</span>
        {a.progress.bestScore !== null ? `, beste score ${a.progress.bestScore}%` : null}
        {a.dueAt ? (
          <>
            {' · '}
            {a.overdue ? (
              <strong className="text-bad">Te laat: inleveren uiterlijk {formatDate(a.dueAt)}</strong>
            ) : (
              `Inleveren uiterlijk ${formatDate(a.dueAt)}`
            )}
          </>
        ) : null}
      </p>
      {a.note ? <p className="text-sm">Van je docent: {a.note}</p> : null}
    </li>
  )
}
