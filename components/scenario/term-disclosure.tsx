'use client'

import Link from 'next/link'
import { useId, useLayoutEffect, useRef, useState } from 'react'

// A glossary term in the prose. Its definition opens on click, tap, Enter or Space, and closes with Escape from the
// term or from inside the definition (focus returns to the term), and when focus leaves both (a disclosure, not a
// hover-only tooltip, so it works for keyboard, touch and screen readers: WCAG 1.4.13). The opened definition is kept
// inside the screen: on a 320 px phone a term near the right edge shifts its definition left (WCAG 1.4.10).
// The opened definition links to the term in the begrippenlijst.

/** Room kept between the definition and the edge of the screen. */
const EDGE = 8

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
  const [shift, setShift] = useState(0)
  const definitionId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const definitionRef = useRef<HTMLSpanElement>(null)

  useLayoutEffect(() => {
    if (!open) {
      setShift(0)
      return
    }
    const box = definitionRef.current?.getBoundingClientRect()
    if (!box) return
    const viewport = document.documentElement.clientWidth
    // Measured without a shift (left edge at the term): move left by what sticks out, never past the left edge.
    const overflow = box.right - (viewport - EDGE)
    setShift(overflow > 0 ? -Math.min(overflow, Math.max(0, box.left - EDGE)) : 0)
  }, [open])

  function close(returnFocus: boolean) {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus leaving are handled for the term and its definition together
    <span
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        event.stopPropagation()
        close(true)
      }}
      onBlur={(event) => {
        // Focus went somewhere outside the term and its definition (or nowhere, e.g. a click elsewhere).
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={definitionId}
        onClick={() => setOpen((value) => !value)}
        className="cursor-help underline decoration-dotted underline-offset-4"
      >
        {children}
      </button>
      <span
        ref={definitionRef}
        id={definitionId}
        role="note"
        hidden={!open}
        // Focusable by click only, so that clicking inside the definition (to select text) does not close it.
        tabIndex={-1}
        style={shift ? { transform: `translateX(${shift}px)` } : undefined}
        className="absolute left-0 top-full z-10 mt-1 block w-72 max-w-[calc(100vw-1rem)] rounded-md border border-line bg-white p-3 text-sm shadow-lg focus:outline-none"
      >
        <strong>{term}:</strong> {definition}
        {glossaryHref ? (
          <span className="mt-2 block">
            <Link href={glossaryHref}>
              Meer in de begrippenlijst<span className="sr-only"> over {term}</span>
            </Link>
          </span>
        ) : null}
      </span>
    </span>
  )
}
