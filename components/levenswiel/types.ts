import type { StandingLabel } from '@/lib/progress/standing.server'

/** A spoke shows the learner's standing (lib/progress/standing.server.ts), or that its dilemma is not written yet. */
export type SpokeStatus = StandingLabel | 'binnenkort'

export type WheelSpoke = {
  dilemmaId: string
  /** Absent for a planned dilemma that cannot be opened yet. */
  href?: string
  domainLabel: string
  professionalLabel: string
  title?: string
  status: SpokeStatus
  /** 0–100: the best score, for completed dilemmas. */
  score?: number
}

export const STATUS_LABELS: Record<SpokeStatus, string> = {
  'niet-gestart': 'niet gestart',
  bezig: 'bezig',
  'afgerond-niet-behaald': 'afgerond, nog niet behaald',
  behaald: 'behaald',
  binnenkort: 'binnenkort beschikbaar',
}

const COMPLETED: readonly SpokeStatus[] = ['afgerond-niet-behaald', 'behaald']

/** The full status as a sentence part, e.g. "behaald, score 80%": used by the wheel, the list and screen readers. */
export function statusText(spoke: Pick<WheelSpoke, 'status' | 'score'>): string {
  const base = STATUS_LABELS[spoke.status]
  return COMPLETED.includes(spoke.status) && spoke.score !== undefined ? `${base}, score ${spoke.score}%` : base
}
