// The route label of a request for metrics and logs: the path with ids replaced, so that labels stay few (a label per
// attempt id would grow without end) and no personal value (a token in a path) ends up in a metric.

const ID_LIKE = /^(?=.*\d)[A-Za-z0-9_-]{8,}$|^\d+$/
const MAX_ROUTES = 300
const seen = new Set<string>()

export function routeLabel(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/'
  if (path.startsWith('/_next/static/')) return '/_next/static'
  if (path.startsWith('/_next/image')) return '/_next/image'
  const label =
    path
      .split('/')
      .map((segment) => (ID_LIKE.test(segment) ? ':id' : segment))
      .join('/')
      .slice(0, 120) || '/'
  if (seen.has(label)) return label
  if (seen.size >= MAX_ROUTES) return 'other'
  seen.add(label)
  return label
}
