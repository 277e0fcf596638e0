export type SpokeStatus = 'niet-gestart' | 'bezig' | 'afgerond' | 'binnenkort'

export type WheelSpoke = {
  dilemmaId: string
  /** Absent for a planned dilemma that cannot be opened yet. */
  href?: string
  domainLabel: string
  professionalLabel: string
  title?: string
  status: SpokeStatus
  /** 0–100, for completed dilemmas. */
  score?: number
}

export const STATUS_LABELS: Record<SpokeStatus, string> = {
  'niet-gestart': 'niet gestart',
  bezig: 'bezig',
  afgerond: 'afgerond',
  binnenkort: 'binnenkort beschikbaar',
}

/** The full status as a sentence part, e.g. "afgerond, score 80%": used by the wheel, the list and screen readers. */
export function statusText(spoke: Pick<WheelSpoke, 'status' | 'score'>): string {
  const base = STATUS_LABELS[spoke.status]
  return spoke.status === 'afgerond' && spoke.score !== undefined ? `${base}, score ${spoke.score}%` : base
}
