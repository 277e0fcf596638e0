import { LAWS, TERMS, VUISTREGELS } from '@/lib/law/register'
import type { References } from './graph'
import { type Problem, problem } from './problems'

// Content may only cite what the register lists, so every legal reference shown to learners has been checked.

/** The register's keys, as far as the validator needs them; tests pass their own. */
export type ReferenceRegister = {
  laws: Readonly<Record<string, { articles: Readonly<Record<string, unknown>> }>>
  vuistregels: Readonly<Record<string, unknown>>
  terms: Readonly<Record<string, unknown>>
}

export const LAW_REGISTER: ReferenceRegister = { laws: LAWS, vuistregels: VUISTREGELS, terms: TERMS }

// Object.hasOwn, not `in` or indexing: "constructor" must not count as a law.
const has = (record: Readonly<Record<string, unknown>>, key: string) => Object.hasOwn(record, key)

export function referenceProblems(references: References, register: ReferenceRegister, file: string): Problem[] {
  const problems: Problem[] = []
  for (const { law, article, position } of references.lawRefs) {
    const entry = has(register.laws, law) ? register.laws[law] : undefined
    if (!entry) {
      const message = `Unknown legal reference: law "${law}" is not in lib/law/register.ts (known: ${Object.keys(register.laws).join(', ')})`
      problems.push(problem('unknown-law-ref', message, file, position))
    } else if (article !== undefined && !has(entry.articles, article)) {
      const message = `Unknown legal reference: law "${law}" has no article "${article}" in lib/law/register.ts`
      problems.push(problem('unknown-law-ref', message, file, position))
    }
  }
  for (const { id, position } of references.vuistregels) {
    if (!has(register.vuistregels, id)) {
      problems.push(
        problem(
          'unknown-vuistregel',
          `Unknown Vuistregel "${id}": not in VUISTREGELS in lib/law/register.ts`,
          file,
          position,
        ),
      )
    }
  }
  for (const { id, position } of references.terms) {
    if (!has(register.terms, id)) {
      problems.push(
        problem('unknown-term', `Unknown Term "${id}": not in TERMS in lib/law/register.ts`, file, position),
      )
    }
  }
  return problems
}
