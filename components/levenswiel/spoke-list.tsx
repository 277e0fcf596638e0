import Link from 'next/link'
import { statusText, type WheelSpoke } from './types'

// The text alternative of the wheel: the same spokes, in wheel order, as an ordered list.
export function SpokeList({ spokes }: { spokes: WheelSpoke[] }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-2">
      {spokes.map((spoke) => (
        <li key={spoke.dilemmaId} className="card flex flex-col gap-1 p-4">
          <span className="text-sm text-muted">
            {spoke.domainLabel} · {spoke.professionalLabel}
          </span>
          {spoke.href ? (
            <Link href={spoke.href} className="text-lg font-semibold">
              {spoke.title ?? spoke.professionalLabel}
            </Link>
          ) : (
            <span className="text-lg font-semibold">{spoke.title ?? spoke.professionalLabel}</span>
          )}
          <span>Status: {statusText(spoke)}</span>
        </li>
      ))}
    </ol>
  )
}
