import type { LearnerAgreement } from '@/lib/agreements/for-learner.server'
import type { AttemptState } from '@/lib/progress/attempts.server'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'

/** What every screen of the player gets: where it is, the dilemma, and the learner's attempt. */
export type ScreenProps = { caseId: string; dilemma: CatalogDilemma; state: AttemptState }

/** The feedback and ending screens also show the lokale afspraken of the learner's organisations. */
export type AgreementScreenProps = ScreenProps & { agreements: readonly LearnerAgreement[] }
