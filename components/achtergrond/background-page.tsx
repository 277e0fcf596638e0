import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import {
  BACKGROUND_INDEX,
  BACKGROUND_TOPICS,
  type BackgroundSlug,
  backgroundHref,
  glossaryHref,
} from '@/lib/law/background-links'

export type SeeAlsoLink = { href: string; label: string }

/** A link to another background page, labelled with its title. */
export function topicLink(slug: BackgroundSlug): SeeAlsoLink {
  const topic = BACKGROUND_TOPICS.find((candidate) => candidate.slug === slug)
  return { href: backgroundHref(slug), label: topic?.title ?? slug }
}

/** A link to one term in the begrippenlijst. */
export function termLink(termId: string, label: string): SeeAlsoLink {
  return { href: glossaryHref(termId), label: `Begrip: ${label}` }
}

// The frame every background page shares: a way back to the index, the title, the text, and "Zie ook".
export function BackgroundPage({
  title,
  intro,
  seeAlso,
  children,
}: {
  title: string
  intro: React.ReactNode
  seeAlso: SeeAlsoLink[]
  children: React.ReactNode
}) {
  return (
    <div className="max-w-prose">
      <nav aria-label="Kruimelpad" className="mb-4 text-sm">
        <Link href={BACKGROUND_INDEX}>Achtergrond</Link>
      </nav>
      <PageHeader title={title} intro={intro} />
      <div className="space-y-8">{children}</div>
      <nav aria-labelledby="zie-ook" className="mt-10 border-t border-line pt-6">
        <h2 id="zie-ook" className="text-2xl">
          Zie ook
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {seeAlso.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}

/** One short section of a background page. Its h2 carries an id, so other pages can link to the section. */
export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 id={id} className="scroll-mt-4 text-2xl">
        {title}
      </h2>
      {children}
    </section>
  )
}
