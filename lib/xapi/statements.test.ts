import { describe, expect, it } from 'vitest'
import { validateStatement } from './statement-schema'
import {
  answeredStatement,
  completedStatement,
  launchedStatement,
  pseudonymFor,
  registrationFor,
  type StatementSubject,
  scoredStatement,
} from './statements'

const subject: StatementSubject = {
  origin: 'https://deelwijs.example',
  pseudonym: pseudonymFor('user-123', 'a-server-secret-of-enough-length-0001'),
  attemptId: 'clx0attempt',
  caseId: 'kramer',
  caseTitle: 'De familie Kramer',
  dilemmaId: 'huisarts',
  dilemmaTitle: 'De huisarts',
}
const at = new Date('2026-11-28T10:00:00.000Z')

function expectValid(statement: unknown) {
  const result = validateStatement(statement)
  expect(result.ok ? [] : result.problems).toEqual([])
}

describe('the xAPI statements Deelwijs sends', () => {
  it('are valid xAPI 1.0.3 statements: launched, answered, completed and scored', () => {
    const answered = answeredStatement(
      subject,
      {
        sceneId: 'spreekkamer',
        sceneTitle: 'In de spreekkamer',
        choices: [
          { id: 'vraag-toestemming', label: 'Vraag eerst toestemming' },
          { id: 'bel-school', label: 'Bel meteen de school' },
        ],
        choiceId: 'vraag-toestemming',
        quality: 'passend',
      },
      at,
    )
    const all = [
      launchedStatement(subject, at),
      answered,
      completedStatement(subject, { score: 80, behaald: true }, at),
      scoredStatement(subject, 80, at),
      launchedStatement({ ...subject, attemptId: undefined, dilemmaId: undefined, dilemmaTitle: undefined }, at),
      completedStatement(subject, { score: 0, behaald: false }, at),
    ]
    for (const { statement } of all) expectValid(statement)
    expect(all.map((s) => s.verb)).toEqual(['launched', 'answered', 'completed', 'scored', 'launched', 'completed'])
    expect(answered.statement.result).toEqual({ response: 'vraag-toestemming', success: true })
    expect(all[2]?.statement.result).toEqual({
      completion: true,
      success: true,
      score: { scaled: 0.8, raw: 80, min: 0, max: 100 },
    })
    // Finished but not behaald: completed, yet not a success.
    expect(all[5]?.statement.result).toEqual({
      completion: true,
      success: false,
      score: { scaled: 0, raw: 0, min: 0, max: 100 },
    })
    expect(all[4]?.statement.object).toMatchObject({ id: 'https://deelwijs.example/leren/kramer' })
  })

  it('name the learner only by a pseudonym that does not reveal the user id', () => {
    const { statement } = launchedStatement(subject, at)
    const text = JSON.stringify(statement)
    expect(text).not.toContain('user-123')
    expect(statement.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://deelwijs.example', name: subject.pseudonym },
    })
    expect(pseudonymFor('user-123', 'a-server-secret-of-enough-length-0001')).toBe(subject.pseudonym)
    expect(pseudonymFor('user-124', 'a-server-secret-of-enough-length-0001')).not.toBe(subject.pseudonym)
  })

  it('tie the statements of one attempt together with a stable UUID registration', () => {
    const registration = registrationFor('clx0attempt')
    expect(registration).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(registrationFor('clx0attempt')).toBe(registration)
    expect(launchedStatement(subject, at).statement.context?.registration).toBe(registration)
  })
})
