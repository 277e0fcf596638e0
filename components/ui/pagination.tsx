import Link from 'next/link'

export const PAGE_SIZE = 25

/** Reads ?pagina= safely: anything that is not a positive whole number is page 1. */
export function pageFromParam(value: string | undefined): number {
  const page = Number.parseInt(value ?? '1', 10)
  return Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1
}

export function Pagination({
  page,
  total,
  basePath,
  query = {},
}: {
  page: number
  total: number
  basePath: string
  /** Other parameters to keep in the page links, such as filters. */
  query?: Record<string, string | undefined>
}) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  if (pages === 1) return null
  const href = (p: number) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
    params.set('pagina', String(p))
    return `${basePath}?${params}`
  }
  return (
    <nav aria-label="Paginering" className="flex items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>Vorige</Link> : null}
      <span>
        Pagina {page} van {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Volgende</Link> : null}
    </nav>
  )
}
