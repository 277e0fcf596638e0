import path from 'node:path'
import { type Client, createPrismaClient } from '@/lib/db/client.server'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { caseDirectories, loadCase } from '@/lib/scenarios/scenario-files.server'

// Attempts completed before the outcome was recorded (migration 20261201020000_behaald_and_attempt_outcome) get it
// here: SQL alone cannot know which ending is passend, the scenarios can. The outcome is read from the attempt's last
// scene, an ending of its dilemma; the rollup's behaaldAt follows with the same rule as the recorder
// (lib/engine/scoring.ts isBehaald). Idempotent, and one cheap query when there is nothing left to do. Run after the
// migrations by `npm run db:deploy`, `npm start` and the demo seed.

type Db = Pick<Client, '$queryRaw' | '$executeRaw' | '$executeRawUnsafe'>

/**
 * The rollup's behaaldAt from recorded attempts: the first behaald completion per learner and dilemma, for rows that
 * have none yet. The rule of lib/engine/scoring.ts isBehaald in SQL; also used by the report benchmark's seed.
 */
export const BEHAALD_ROLLUP_BACKFILL = `
  UPDATE "LearnerDilemma" ld SET "behaaldAt" = b."at"
  FROM (
    SELECT "userId", "caseId", "dilemmaId", min(COALESCE("completedAt", "updatedAt")) AS "at" FROM "Attempt"
    WHERE "status" = 'completed' AND "outcome" = 'passend' AND "score" >= ${Number(BEHAALD_MIN_SCORE)}
      AND "userId" IS NOT NULL
    GROUP BY "userId", "caseId", "dilemmaId"
  ) b
  WHERE ld."behaaldAt" IS NULL AND ld."userId" = b."userId" AND ld."caseId" = b."caseId"
    AND ld."dilemmaId" = b."dilemmaId"`

export type OutcomeLookup = (caseId: string, dilemmaId: string, endingId: string) => string | undefined

/** Ending outcomes from the scenario source files (always present, unlike the built catalog on a first start). */
export function outcomesFromScenarios(root = path.resolve('scenarios')): OutcomeLookup {
  const outcomes = new Map<string, string>()
  for (const directory of caseDirectories(root)) {
    const loaded = loadCase(directory, { display: (p) => p })
    for (const dilemma of loaded.dilemmas) {
      const graph = dilemma.validation.graph as DilemmaGraph | undefined
      for (const node of graph?.nodes ?? []) {
        if (node.kind === 'ending') outcomes.set(`${loaded.id}/${dilemma.id}/${node.id}`, node.outcome)
      }
    }
  }
  return (caseId, dilemmaId, endingId) => outcomes.get(`${caseId}/${dilemmaId}/${endingId}`)
}

export async function backfillOutcomes(client: Db, lookup?: OutcomeLookup): Promise<{ attempts: number }> {
  const endings = await client.$queryRaw<{ caseId: string; dilemmaId: string; ending: string }[]>`
    SELECT DISTINCT "caseId", "dilemmaId", "currentScene" AS "ending" FROM "Attempt"
    WHERE "status" = 'completed' AND "outcome" IS NULL`
  if (endings.length === 0) return { attempts: 0 }
  const outcomeOf = lookup ?? outcomesFromScenarios()
  const known = endings.flatMap((e) => {
    const outcome = outcomeOf(e.caseId, e.dilemmaId, e.ending)
    return outcome ? [{ ...e, outcome }] : []
  })
  if (known.length === 0) return { attempts: 0 }
  const attempts = await client.$executeRaw`
    UPDATE "Attempt" a SET "outcome" = k."outcome"
    FROM jsonb_to_recordset(${JSON.stringify(known)}::jsonb)
      AS k("caseId" text, "dilemmaId" text, "ending" text, "outcome" text)
    WHERE a."status" = 'completed' AND a."outcome" IS NULL
      AND a."caseId" = k."caseId" AND a."dilemmaId" = k."dilemmaId" AND a."currentScene" = k."ending"`
  await client.$executeRawUnsafe(BEHAALD_ROLLUP_BACKFILL)
  return { attempts }
}

/** backfillOutcomes on a short-lived client of its own, for the tools that prepare a database before the app runs. */
export async function backfillOutcomesAt(url: string, poolMax: number): Promise<number> {
  const client = createPrismaClient(url, poolMax)
  try {
    return (await backfillOutcomes(client)).attempts
  } finally {
    await client.$disconnect()
  }
}
