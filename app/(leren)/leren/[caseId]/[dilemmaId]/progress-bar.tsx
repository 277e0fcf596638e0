import { progressPercent } from '@/lib/progress/estimate'
import type { DilemmaGraph } from '@/lib/scenarios/graph'

export function ProgressBar({ graph, scene, stepsTaken }: { graph: DilemmaGraph; scene: string; stepsTaken: number }) {
  const percent = progressPercent(graph, scene, stepsTaken)
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm text-muted">
        <span id="voortgang-label">Voortgang</span>
        <span>
          Keuze {stepsTaken + 1} · ongeveer {percent}% gedaan
        </span>
      </div>
      <progress
        aria-labelledby="voortgang-label"
        value={percent}
        max={100}
        className="h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-brand"
      >
        {percent}%
      </progress>
    </div>
  )
}
