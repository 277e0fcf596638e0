'use client'

import { useEffect } from 'react'

// Moves focus to the element with this id once the page (or the part that renders this) appears: after a step that
// replaces what had focus, such as answering or cancelling a confirmation question, focus lands on the control the
// person continues with instead of falling back to the top of the page (WCAG 2.4.3).
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus()
  }, [targetId])
  return null
}
