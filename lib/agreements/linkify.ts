// Afspraken are plain text. The only thing made of them besides text is a link, for a plain https:// or http:// URL
// written in the text: the text is split into text parts and URL parts, and the page renders text nodes and <a>
// elements from them. Nothing in the text is ever read as HTML or markup.

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string }

// A URL runs until white space or a character that cannot end one in running text. Only http(s): a "javascript:"
// or "data:" URL never matches, so it stays text.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi
// Punctuation that ends a sentence after a URL ("zie https://example.nl.") belongs to the sentence.
const TRAILING = /[.,;:!?)\]}]+$/

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0
    const url = match[0].replace(TRAILING, '')
    const href = safeHref(url)
    if (!href) continue
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) })
    parts.push({ kind: 'link', href, text: url })
    last = start + url.length
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) })
  return parts
}

/** The URL as a link target when it is a well-formed http(s) URL with a host; otherwise undefined (it stays text). */
export function safeHref(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  if (!parsed.hostname) return undefined
  return parsed.href
}
