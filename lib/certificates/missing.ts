import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'

// What still stands between a learner and a certificate, in words: per dilemma not behaald, why not.

type Missing = { title: string; progress: { status: 'niet-gestart' | 'bezig' | 'afgerond'; bestScore: number | null } }

export function missingReason(progress: Missing['progress']): string {
  if (progress.status === 'niet-gestart') return 'nog niet gestart'
  if (progress.status === 'bezig') return 'nog niet afgerond'
  const score = progress.bestScore === null ? '' : `, beste score ${progress.bestScore}%`
  return `afgerond, maar nog geen passend einde met minstens ${BEHAALD_MIN_SCORE}%${score}`
}

export function missingText(missing: readonly Missing[]): string {
  return missing.map((d) => `${d.title} (${missingReason(d.progress)})`).join('; ')
}
