// Only same-origin paths are followed after sign-in, so a crafted link cannot send someone to another site.
// The value is resolved with the URL parser browsers use, against a stand-in for our origin: whatever the browser would
// turn into another host ("/\t/evil", "/.//evil", "\\evil") resolves to another origin here too and is refused.
// Control characters are refused outright: browsers drop tab/CR/LF before resolving, and a CR or LF in a Location
// header makes Node refuse the response (a 500).
const OWN_ORIGIN = 'https://deelwijs.invalid'

export function safeReturnPath(value: string | undefined | null): string | undefined {
  if (!value?.startsWith('/') || /[\p{Cc}\\]/u.test(value)) return undefined
  let url: URL
  try {
    url = new URL(value, OWN_ORIGIN)
  } catch {
    return undefined
  }
  if (url.origin !== OWN_ORIGIN) return undefined
  const path = `${url.pathname}${url.search}${url.hash}`
  // Dot segments can normalise "/.//evil" to "//evil", which a browser would read as another host.
  if (path.startsWith('//')) return undefined
  return path
}
