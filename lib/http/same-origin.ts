// State-changing route handlers accept only requests from our own pages: the browser always sends Origin on a
// cross-site POST, so comparing it with Host stops cross-site request forgery. (Server actions get this from Next.)
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (!origin || !host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
