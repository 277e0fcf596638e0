// Time spent on a dilemma, estimated from the moments a learner acted. A gap longer than IDLE_CAP between two moves
// counts as IDLE_CAP: the learner walked away, and the pause is not learning time. This is how most learning
// platforms estimate "time on task" from logs (Moodle's course dedication uses the same idea).

export const IDLE_CAP_SECONDS = 5 * 60

/** Active seconds of one attempt: from its start through each move, with every gap capped. */
export function activeSeconds(startedAt: Date, moveTimes: readonly Date[]): number {
  const times = [startedAt.getTime(), ...moveTimes.map((t) => t.getTime())].sort((a, b) => a - b)
  let total = 0
  for (let i = 1; i < times.length; i++) {
    const gap = ((times[i] ?? 0) - (times[i - 1] ?? 0)) / 1000
    total += Math.min(Math.max(gap, 0), IDLE_CAP_SECONDS)
  }
  return Math.round(total)
}

/** "1 u 05 min", "12 min", "< 1 min": for tables and certificates. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  if (seconds > 0 && minutes === 0) return '< 1 min'
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} u ${String(minutes % 60).padStart(2, '0')} min`
}
