import type { LabelledChoice } from '@/lib/live/view'

// The split of a revealed vote as plain HTML bars: large type for the projector, and each bar carries its letter, count
// and percentage as text, so nothing depends on colour or on reading a bar's length.
export function SplitBars({
  choices,
  split,
}: {
  choices: readonly LabelledChoice[]
  split: readonly { choiceId: string; count: number }[]
}) {
  const total = split.reduce((sum, s) => sum + s.count, 0)
  const max = Math.max(1, ...split.map((s) => s.count))
  return (
    <ul aria-label="Zo is er gestemd" className="space-y-4" data-testid="live-split">
      {choices.map((choice) => {
        const count = split.find((s) => s.choiceId === choice.id)?.count ?? 0
        const percent = total > 0 ? Math.round((count / total) * 100) : 0
        return (
          <li key={choice.id} className="grid grid-cols-[3rem_1fr_9rem] items-center gap-4">
            <span className="text-4xl font-bold">{choice.letter}</span>
            <span className="block h-12 rounded bg-line">
              <span className="block h-12 rounded bg-brand" style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="text-right font-semibold">
              {count} ({percent}%)
            </span>
          </li>
        )
      })}
    </ul>
  )
}
