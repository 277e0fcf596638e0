import { linkify } from '@/lib/agreements/linkify'

/** Plain text with its http(s) URLs as links: React renders the text parts as text nodes, never as HTML. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, index) =>
        part.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <a key={index} href={part.href} rel="noopener noreferrer nofollow" className="break-all">
            {part.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}
