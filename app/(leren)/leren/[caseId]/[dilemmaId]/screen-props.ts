import type { AttemptState } from '@/lib/progress/attempts.server'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'

/** What every screen of the player gets: where it is, the dilemma, and the learner's attempt. */
export type ScreenProps = { caseId: string; dilemma: CatalogDilemma; state: AttemptState }
