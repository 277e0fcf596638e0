import Link from 'next/link'
import { backgroundFor } from '@/lib/law/background-links'
import { findLawRef } from '@/lib/law/register'

// A legal reference from the register, with the article's short explanation, a link to the official text, and a link
// to the background page that explains it in plain language. `onTopic` names the background page this reference sits
// on, so that page does not link to itself.
export function LawRef({ law, article, onTopic }: { law: string; article?: string; onTopic?: string }) {
  const found = findLawRef(law, article)
  // The validator refuses unknown references at build time; this is only a guard against a stale build.
  if (!found) return null
  // Register keys that are article numbers read as "artikel 7:457"; named sections (e.g. of the handreiking) do not.
  const isArticleNumber = article !== undefined && /\d/.test(article)
  const title = found.article && isArticleNumber ? `${found.law.name}, artikel ${article}` : found.law.name
  const background = backgroundFor(law, article)
  return (
    // The article title is in the label, so two references to one law on a page are told apart (landmark-unique).
    <aside
      aria-label={`Wet: ${title}${found.article ? ` — ${found.article.title}` : ''}`}
      className="my-3 rounded-md border border-line bg-white p-3 text-sm"
    >
      <p className="font-semibold">
        <span aria-hidden="true">§ </span>
        {title}
        {found.article ? ` — ${found.article.title}` : ''}
      </p>
      <p className="mt-1">{found.article?.explanation ?? found.law.fullName}</p>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        <a href={found.article?.url ?? found.law.url} rel="noopener noreferrer" target="_blank">
          Lees de officiële tekst<span className="sr-only"> van {title} (opent in een nieuw venster)</span>
        </a>
        {background.slug !== undefined && background.slug === onTopic ? null : (
          <Link href={background.href}>
            Uitleg in gewone taal<span className="sr-only">: {background.title}</span>
          </Link>
        )}
      </p>
    </aside>
  )
}
