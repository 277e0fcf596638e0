'use client'

import { useId, useState } from 'react'

// A glossary term in the prose. Its definition opens on click, tap, Enter or Space, and closes with Escape
// (a disclosure, not a hover-only tooltip, so it works for keyboard, touch and screen readers: WCAG 1.4.13).
export function TermDisclosure({
  term,
  definition,
  children,
}: {
  term: string
  definition: string
  children: React.ReactNode
}) {
  const [open, setOpen] = useState(false)
  const definitionId = useId()
  return (
    <span className="relative">
      <button
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
      </span>
    </span>
  )
}
