import type { Metadata } from 'next'
import { BackgroundPage, topicLink } from '@/components/achtergrond/background-page'
import { VUISTREGELS, type Vuistregel } from '@/lib/law/register'

// Rendered from the register, so a rule added there shows up here without touching this page.
// Source of the intro: Handreiking (2023), deel 3 "Vuistregels voor samenwerking en delen van informatie".
const TITLE = 'Vuistregels voor samenwerken en delen'

export const metadata: Metadata = { title: TITLE }

type Group = { source: string; url?: string; rules: { id: string; rule: Vuistregel }[] }

// Groups keep the order in which their first rule appears in the register.
function groupBySource(): Group[] {
  const groups = new Map<string, Group>()
  for (const [id, rule] of Object.entries(VUISTREGELS)) {
    const group = groups.get(rule.source) ?? { source: rule.source, rules: [] }
    group.url ??= rule.url
    group.rules.push({ id, rule })
    groups.set(rule.source, group)
  }
  return [...groups.values()]
}

export default function VuistregelsPage() {
  const groups = groupBySource()
  return (
    <BackgroundPage
      title={TITLE}
      intro="Vuistregels zijn korte regels uit de praktijk. Ze helpen je als je twijfelt over delen. Ze komen niet in de plaats van je beroepscode of de meldcode. Ze vullen die aan."
      seeAlso={[topicLink('avg-stappen'), topicLink('geheimhouding-doorbreken'), topicLink('meldcode')]}
    >
      {groups.map((group, index) => (
        // The source names are long, so they get a smaller h2 than the sections of the other pages.
        <section key={group.source} className="space-y-3">
          <h2 id={`bron-${index + 1}`} className="scroll-mt-4 text-xl">
            {group.source}
          </h2>
          <ul className="space-y-3">
            {group.rules.map(({ id, rule }) => (
              <li
                key={id}
                id={`vuistregel-${id}`}
                className="scroll-mt-4 rounded-md border-l-4 border-accent bg-white p-3 target:bg-brand-soft"
              >
                {rule.text}
              </li>
            ))}
          </ul>
          {group.url ? (
            <p className="text-sm">
              <a href={group.url} rel="noopener noreferrer" target="_blank">
                Naar de bron<span className="sr-only">: {group.source} (opent in een nieuw venster)</span>
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </BackgroundPage>
  )
}
