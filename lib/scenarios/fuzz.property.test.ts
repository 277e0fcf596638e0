import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROBLEM_CODES } from './problems'
import { validateCaseSource, validateDilemmaSource } from './validate'

// Fuzzing the parser and validator with broken, half-formed and hostile MDX: whatever comes in, the answer is a list
// of typed problems, never a crash (the validator's crash guard would report 'unexpected-error').

const FRAGMENTS = [
  '---\n',
  'id: fuzz\n',
  'title: Fuzz\n',
  'start: a\n',
  'minutes: 10\n',
  '<Scene id="a" title="A">',
  '<Scene id="b">',
  '<Scene>',
  '</Scene>',
  '<Choice id="x" to="b" quality="passend">',
  '<Choice id="y" to="a" quality="onjuist" set="f">',
  '<Choice to="">',
  '</Choice>',
  '<Feedback>',
  '</Feedback>',
  '<Ending id="e" outcome="passend" title="E">',
  '</Ending>',
  '<LawRef law="avg" article="5" />',
  '<LawRef law="nope" />',
  '<Vuistregel id="vertrouwen-1" />',
  '<Term id="grondslag">grondslag</Term>',
  '<When flag="f">',
  '</When>',
  '<Unless flag="g">',
  '</Unless>',
  '{1 + 1}',
  '{',
  '}',
  '<',
  '>',
  '<div>',
  'import x from "y"\n',
  'export const a = 1\n',
  '\n\n',
  'Gewone tekst met één zin.',
  '# Kop\n',
  '<Choice id="x" to="b" quality={"passend"}>',
  '<!-- -->',
  '`code`',
]

const source = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 300 }),
  fc
    .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 20 }), fc.string({ maxLength: 40 }))
    .map(([parts, noise]) => parts.join(noise)),
)

const known = new Set<string>(PROBLEM_CODES)

describe('the scenario checker under fuzzing', () => {
  it('answers any dilemma source with typed problems only', () => {
    fc.assert(
      fc.property(source, (text) => {
        const { problems } = validateDilemmaSource(text, { file: 'fuzz.mdx', expectedId: 'fuzz' })
        for (const p of problems) {
          expect(known.has(p.code), p.code).toBe(true)
          expect(p.code, p.message).not.toBe('unexpected-error')
        }
      }),
      { numRuns: 400, seed: 20261124 },
    )
  })

  it('answers any case source with typed problems only', () => {
    fc.assert(
      fc.property(source, (text) => {
        const { problems } = validateCaseSource(text, { file: 'case.mdx', expectedId: 'fuzz', dilemmas: new Map() })
        for (const p of problems) expect(p.code, p.message).not.toBe('unexpected-error')
      }),
      { numRuns: 200, seed: 20261124 },
    )
  })
})
