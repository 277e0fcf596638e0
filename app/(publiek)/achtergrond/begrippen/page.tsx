import type { Metadata } from 'next'
import { BackgroundPage, topicLink } from '@/components/achtergrond/background-page'
import { glossaryAnchor } from '@/lib/law/background-links'
import { TERMS, type Term } from '@/lib/law/register'

// Every term of the register, A to Z. Each term has an anchor (#begrip-<id>) so feedback in a dilemma can link to it.
const TITLE = 'Begrippenlijst'

export const metadata: Metadata = { title: TITLE }

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']

// Sort and group on the first letter, so '"dat" en "wat"' sits under D and not before A.
function sortKey(term: string) {
  return term.replace(/^[^\p{L}]+/u, '')
}

function letterOf(term: string) {
  return sortKey(term).charAt(0).normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()
}

function termsByLetter() {
  const sorted = Object.entries(TERMS).sort(([, a], [, b]) =>
    sortKey(a.term).localeCompare(sortKey(b.term), 'nl', { sensitivity: 'base' }),
  )
  const groups = new Map<string, { id: string; term: Term }[]>()
  for (const [id, term] of sorted) {
    const letter = letterOf(term.term)
    groups.set(letter, [...(groups.get(letter) ?? []), { id, term }])
  }
  return groups
}

export default function BegrippenPage() {
  const groups = termsByLetter()
  return (
    <BackgroundPage
      title={TITLE}
      intro="De belangrijkste woorden uit Deelwijs, kort uitgelegd. Kies een letter om snel naar een begrip te gaan."
      seeAlso={[
        topicLink('avg-stappen'),
        topicLink('geheimhouding-doorbreken'),
        topicLink('toestemming'),
        topicLink('meldcode'),
      ]}
    >
      <nav aria-label="Letters">
        <ul className="flex flex-wrap gap-1">
          {ALPHABET.map((letter) => (
            <li key={letter}>
              {groups.has(letter) ? (
                <a
                  href={`#letter-${letter}`}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center font-semibold"
                >
                  {letter}
                </a>
              ) : (
                <span className="inline-flex min-h-11 min-w-11 items-center justify-center text-muted">
                  {letter}
                  <span className="sr-only"> (geen begrippen)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {[...groups].map(([letter, terms]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`} className="scroll-mt-4 border-b border-line pb-1 text-2xl">
            {letter}
          </h2>
          <dl className="mt-3 space-y-2">
            {terms.map(({ id, term }) => (
              <div key={id} id={glossaryAnchor(id)} className="scroll-mt-4 rounded-md p-2 target:bg-brand-soft">
                <dt className="font-semibold">{term.term}</dt>
                <dd>{term.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </BackgroundPage>
  )
}
