import { describe, expect, it } from 'vitest'
import { validateStatement, type XapiStatement, xapiStatementSchema } from './statement-schema'

// A complete statement as we send it: a learner answered a choice question within a dilemma.
const valid = {
  id: '3f2b8c1e-6a4d-4e0b-9c1a-7d5e2f8a9b10',
  actor: {
    objectType: 'Agent',
    name: 'Lerende 42',
    account: { homePage: 'https://deelwijs.example.nl', name: 'user-42' },
  },
  verb: {
    id: 'http://adlnet.gov/expapi/verbs/answered',
    display: { 'nl-NL': 'beantwoordde' },
  },
  object: {
    objectType: 'Activity',
    id: 'https://deelwijs.example.nl/xapi/activities/dilemma/huisarts-belt/vraag-1',
    definition: {
      name: { 'nl-NL': 'Vraag 1' },
      description: { 'nl-NL': 'Mag je deze informatie delen?' },
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      correctResponsesPattern: ['nee'],
      choices: [
        { id: 'ja', description: { 'nl-NL': 'Ja' } },
        { id: 'nee', description: { 'nl-NL': 'Nee' } },
        { id: 'overleg', description: { 'nl-NL': 'Eerst overleggen' } },
      ],
    },
  },
  result: {
    score: { scaled: 0.75, raw: 3, min: 0, max: 4 },
    success: true,
    response: 'nee',
    duration: 'PT12S',
  },
  context: {
    registration: 'A1B2C3D4-E5F6-4789-8ABC-DEF012345678',
    contextActivities: {
      parent: [{ id: 'https://deelwijs.example.nl/xapi/activities/dilemma/huisarts-belt' }],
      grouping: [{ objectType: 'Activity', id: 'https://deelwijs.example.nl/xapi/activities/scenario/zorg' }],
    },
    platform: 'Deelwijs',
    language: 'nl-NL',
  },
  timestamp: '2026-11-28T10:00:00.000Z',
} satisfies XapiStatement

/**
 * A deep copy of the valid statement with some values replaced; keys are dotted paths
 * (e.g. `'result.score.raw'`) and a value of `undefined` removes that property.
 */
function changed(changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(valid)
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.')
    const last = keys.pop() ?? ''
    let target = copy
    for (const key of keys) target = target[key] as Record<string, unknown>
    if (value === undefined) delete target[last]
    else target[last] = value
  }
  return copy
}

function problemsOf(value: unknown): string[] {
  const result = validateStatement(value)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.problems
}

const statementRef = { objectType: 'StatementRef', id: '8f87ccde-bb56-4c2e-ab83-44982ef22df0' }

describe('validateStatement', () => {
  it('accepts a complete statement', () => {
    expect(validateStatement(valid)).toEqual({ ok: true })
    expect(xapiStatementSchema.safeParse(valid).success).toBe(true)
  })

  it('accepts other actor, object and value shapes', () => {
    const anonymousGroup = { objectType: 'Group', member: [{ mbox: 'mailto:a@example.nl' }] }
    expect(validateStatement(changed({ actor: anonymousGroup }))).toEqual({ ok: true })
    // Context "platform" is only allowed with an Activity object, so it goes with the other objects.
    expect(validateStatement(changed({ object: statementRef, 'context.platform': undefined }))).toEqual({ ok: true })
    const agentObject = { objectType: 'Agent', mbox_sha1sum: 'a'.repeat(40) }
    expect(validateStatement(changed({ object: agentObject, 'context.platform': undefined }))).toEqual({ ok: true })
    expect(validateStatement(changed({ 'result.duration': 'P1DT2H30M0.5S' }))).toEqual({ ok: true })
    expect(validateStatement(changed({ timestamp: '2026-11-28T11:00:00+01:00' }))).toEqual({ ok: true })
  })

  it('rejects an Agent with two inverse functional identifiers', () => {
    const problems = problemsOf(changed({ 'actor.mbox': 'mailto:lerende@example.nl' }))
    expect(problems.some((p) => p.startsWith('actor:') && p.includes('mbox, account'))).toBe(true)
  })

  it('rejects an Agent without an inverse functional identifier', () => {
    const problems = problemsOf(changed({ 'actor.account': undefined }))
    expect(problems.some((p) => p.startsWith('actor:') && p.includes('found none'))).toBe(true)
  })

  it('rejects an anonymous Group without members', () => {
    const problems = problemsOf(changed({ actor: { objectType: 'Group', member: [] } }))
    expect(problems.some((p) => p.startsWith('actor.member:'))).toBe(true)
  })

  it('rejects a malformed UUID', () => {
    const problems = problemsOf(changed({ id: '3f2b8c1e-6a4d-4e0b-9c1a-7d5e2f8a9b1' }))
    expect(problems.some((p) => p.startsWith('id:'))).toBe(true)
  })

  it('rejects a relative verb id', () => {
    const problems = problemsOf(changed({ 'verb.id': '/expapi/verbs/answered' }))
    expect(problems.some((p) => p.startsWith('verb.id:'))).toBe(true)
  })

  it('rejects a bad language tag', () => {
    const problems = problemsOf(changed({ 'verb.display': { nl_NL: 'beantwoordde' } }))
    expect(problems.some((p) => p.startsWith('verb.display.nl_NL:'))).toBe(true)
  })

  it('rejects a scaled score outside [-1, 1]', () => {
    const problems = problemsOf(changed({ 'result.score.scaled': 1.5 }))
    expect(problems.some((p) => p.startsWith('result.score.scaled:'))).toBe(true)
  })

  it('rejects a raw score above max', () => {
    const problems = problemsOf(changed({ 'result.score.raw': 5 }))
    expect(problems.some((p) => p.startsWith('result.score.raw:'))).toBe(true)
  })

  it('rejects a malformed duration', () => {
    for (const duration of ['12 seconds', 'PT', 'P1DT', 'PT1.5M30S', 'P4W1D']) {
      const problems = problemsOf(changed({ 'result.duration': duration }))
      expect(problems.some((p) => p.startsWith('result.duration:'))).toBe(true)
    }
  })

  it('rejects a timestamp without a time zone', () => {
    const problems = problemsOf(changed({ timestamp: '2026-11-28T10:00:00.000' }))
    expect(problems.some((p) => p.startsWith('timestamp:'))).toBe(true)
  })

  it('rejects choices without a matching interactionType', () => {
    const missing = problemsOf(changed({ 'object.definition.interactionType': undefined }))
    expect(missing.some((p) => p.startsWith('object.definition.choices:'))).toBe(true)
    const likert = problemsOf(changed({ 'object.definition.interactionType': 'likert' }))
    expect(likert.some((p) => p.startsWith('object.definition.choices:'))).toBe(true)
  })

  it('rejects platform when the object is not an Activity', () => {
    const problems = problemsOf(changed({ object: statementRef }))
    expect(problems.some((p) => p.startsWith('context.platform:'))).toBe(true)
  })

  it('rejects attachments', () => {
    const problems = problemsOf(changed({ attachments: [] }))
    expect(problems.some((p) => p.startsWith('attachments:'))).toBe(true)
  })

  it('rejects a SubStatement object and wrong value types', () => {
    const sub = problemsOf(changed({ object: { objectType: 'SubStatement' } }))
    expect(sub.some((p) => p.startsWith('object.objectType:'))).toBe(true)
    const success = problemsOf(changed({ 'result.success': 'true' }))
    expect(success.some((p) => p.startsWith('result.success:'))).toBe(true)
  })

  it('reports problems inside a single context Activity', () => {
    const problems = problemsOf(changed({ 'context.contextActivities.parent': { id: 'vraag-1' } }))
    expect(problems).toContain('context.contextActivities.parent.id: must be an absolute IRI (with a scheme)')
  })
})
