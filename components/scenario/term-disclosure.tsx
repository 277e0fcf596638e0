'use client'

import Link from 'next/link'
import { useId, useRef, useState } from 'react'

// A glossary term in the prose. Its definition opens on click, tap, Enter or Space, and closes with Escape
// (a disclosure, not a hover-only tooltip, so it works for keyboard, touch and screen readers: WCAG 1.4.13).
// The opened definition links to the term in the begrippenlijst; Escape on that link closes and returns to the term.
export function TermDisclosure({
  term,
  definition,
  glossaryHref,
  children,
}: {
  term: string
  definition: string
  glossaryHref?: string
  children: React.ReactNode
}) {
  const [open, setOpen] = useState(false)
  const definitionId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <span className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={definitionId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false)
        }}
        className="cursor-help underline decoration-dotted underline-offset-4"
      >
        {children}
      </button>
      <span
        id={definitionId}
        role="note"
        hidden={!open}
        className="absolute left-0 top-full z-10 mt-1 block w-72 max-w-[80vw] rounded-md border border-line bg-white p-3 text-sm shadow-lg"
      >
        <strong>{term}:</strong> {definition}
        {glossaryHref ? (
          <span className="mt-2 block">
            <Link
              href={glossaryHref}
              onKeyDown={(event) => {
                if (event.key !== 'Escape') return
                setOpen(false)
                buttonRef.current?.focus()
              }}
            >
              Meer in de begrippenlijst<span className="sr-only"> over {term}</span>
            </Link>
          </span>
        ) : null}
      </span>
    </span>
  )
}
