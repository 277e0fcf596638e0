// What the accessibility statement (/toegankelijkheid) says about compliance. It must match the audit record
// (docs/accessibility.md): every criterion the record marks "voldoet niet" is a known problem here, with the date it
// is fixed by, and the status follows from that list: A when it is empty, B otherwise. A unit test
// (statement.test.ts) reads the record and fails when the two drift apart.

export type KnownProblem = { criterion: string; problem: string; fixBy: string }

/** The criteria the audit record lists as failing, each in Dutch with the date by which it is fixed. */
export const KNOWN_PROBLEMS: KnownProblem[] = []

export const CRITERIA_COUNT = 55

export function complianceStatus(problems: readonly KnownProblem[] = KNOWN_PROBLEMS) {
  return problems.length === 0
    ? { code: 'A', label: 'Status A: Deelwijs voldoet volledig' }
    : { code: 'B', label: 'Status B: Deelwijs voldoet gedeeltelijk' }
}
