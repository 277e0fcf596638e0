'use client'

import { useEffect, useRef } from 'react'

// After each move the player shows a new screen; moving focus to its heading lets keyboard and screen-reader users
// continue right there instead of at the top of the page (WCAG 2.4.3).
export function FocusHeading({ children, className }: { children: React.ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <h2 ref={ref} tabIndex={-1} className={`${className ?? ''} focus:outline-none`}>
      {children}
    </h2>
  )
}
