// Raw HTML in scenario prose: the allow-list. MDX turns lowercase tags into real elements, so without a list an
// author (or a pasted snippet) could put <script>, an onclick handler or a javascript: link in front of learners.
// Only a few harmless inline tags are needed for prose; anything else is a problem at its line.

/** Tags allowed in prose, each with the attributes it may carry besides the global ones. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  b: [],
  br: [],
  cite: [],
  dfn: [],
  em: [],
  i: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  u: [],
  time: ['datetime'],
  a: ['href'],
}

/** Attributes any allowed tag may carry: text for a tooltip or screen reader, and language. */
export const GLOBAL_HTML_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir']

/** Link schemes a learner may follow; a URL without a scheme (relative, #anchor) is fine too. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['https', 'http', 'mailto'])

export function isAllowedTag(tag: string): boolean {
  return Object.hasOwn(ALLOWED_HTML, tag)
}

export function isAllowedAttribute(tag: string, attribute: string): boolean {
  return GLOBAL_HTML_ATTRIBUTES.includes(attribute) || (ALLOWED_HTML[tag]?.includes(attribute) ?? false)
}

/**
 * Whether a URL is safe to link to. Browsers drop ASCII whitespace and control characters inside a scheme
 * ("java\tscript:"), so they are removed before the scheme is read.
 */
export function isSafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what we remove
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact)?.[1]
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase())
}
