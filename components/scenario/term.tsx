import { glossaryHref } from '@/lib/law/background-links'
import { TERMS } from '@/lib/law/register'
import { TermDisclosure } from './term-disclosure'

// Looked up on the server, so the register never ships to the browser; only this term's definition does.
export function Term({ id, children }: { id: string; children: React.ReactNode }) {
  const term = Object.hasOwn(TERMS, id) ? TERMS[id] : undefined
  if (!term) return <>{children}</>
  return (
    <TermDisclosure term={term.term} definition={term.definition} glossaryHref={glossaryHref(id)}>
      {children}
    </TermDisclosure>
  )
}
