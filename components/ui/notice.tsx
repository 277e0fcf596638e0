// A calm, labelled message box. `role` is only set for messages that appear after an action (status or alert).
const TONES = {
  info: 'border-brand bg-brand-soft',
  good: 'border-good bg-good-soft',
  warn: 'border-warn bg-warn-soft',
  bad: 'border-bad bg-bad-soft',
} as const

export function Notice({
  tone = 'info',
  title,
  children,
  live,
}: {
  tone?: keyof typeof TONES
  title?: string
  children: React.ReactNode
  live?: 'status' | 'alert'
}) {
  return (
    <div role={live} className={`rounded-md border-l-4 p-4 ${TONES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  )
}

/** An honest placeholder for a feature that is planned but not built yet. */
export function NotYetAvailable({ feature }: { feature: string }) {
  return (
    <Notice title="Nog niet beschikbaar">
      <p>{feature} komt in een volgende versie van Deelwijs.</p>
    </Notice>
  )
}
