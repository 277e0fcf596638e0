'use client'

import { useEffect, useState } from 'react'
import { SpokeList } from './spoke-list'
import type { WheelSpoke } from './types'
import { WheelSvg } from './wheel-svg'

type View = 'wiel' | 'lijst'

/** The wheel with a switch to an equivalent list view; both show the same spokes, links and statuses. */
export function Levenswiel(props: { caseTitle: string; memberNames: string[]; spokes: WheelSpoke[] }) {
  const [view, setView] = useState<View>('wiel')
  // On a phone the wheel's labels get small; start with the list there (the wheel stays one tap away).
  useEffect(() => {
    if (window.matchMedia('(max-width: 480px)').matches) setView('lijst')
  }, [])
  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">Weergave</legend>
        <span aria-hidden="true" className="text-sm text-muted">
          Weergave:
        </span>
        {(['wiel', 'lijst'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            onClick={() => setView(option)}
            className={view === option ? 'btn-primary min-h-9 py-1' : 'btn-secondary min-h-9 py-1'}
          >
            {option === 'wiel' ? 'Wiel' : 'Lijst'}
          </button>
        ))}
      </fieldset>
      {view === 'wiel' ? <WheelSvg {...props} /> : <SpokeList spokes={props.spokes} />}
    </div>
  )
}
