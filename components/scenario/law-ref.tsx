import { findLawRef } from '@/lib/law/register'

// A legal reference from the register, with the article's short explanation and a link to the official text.
export function LawRef({ law, article }: { law: string; article?: string }) {
  const found = findLawRef(law, article)
  // The validator refuses unknown references at build time; this is only a guard against a stale build.
  if (!found) return null
  // Register keys that are article numbers read as "artikel 7:457"; named sections (e.g. of the handreiking) do not.
  const isArticleNumber = article !== undefined && /\d/.test(article)
  const title = found.article && isArticleNumber ? `${found.law.name}, artikel ${article}` : found.law.name
  return (
    <aside aria-label={`Wet: ${title}`} className="my-3 rounded-md border border-line bg-white p-3 text-sm">
      <p className="font-semibold">
        <span aria-hidden="true">§ </span>
        {title}
        {found.article ? ` — ${found.article.title}` : ''}
      </p>
      <p className="mt-1">{found.article?.explanation ?? found.law.fullName}</p>
      <p className="mt-1">
        <a href={found.article?.url ?? found.law.url} rel="noopener noreferrer" target="_blank">
          Lees de officiële tekst<span className="sr-only"> van {title} (opent in een nieuw venster)</span>
        </a>
      </p>
    </aside>
  )
}
