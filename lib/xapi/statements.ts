import { createHash, createHmac, randomUUID } from 'node:crypto'
import type { XapiStatement } from './statement-schema'

// Builds the xAPI 1.0.3 statements Deelwijs sends: launched (a dilemma is started), answered (a choice is made),
// completed and scored (an ending is reached). Pure, so every statement is checked against the spec in unit tests
// (lib/xapi/statements.test.ts). Activity ids are the dilemma's own address, so they resolve to a real page.

export const XAPI_VERSION = '1.0.3'

export const VERBS = {
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'nl-NL': 'startte', 'en-US': 'launched' } },
  answered: {
    id: 'http://adlnet.gov/expapi/verbs/answered',
    display: { 'nl-NL': 'beantwoordde', 'en-US': 'answered' },
  },
  completed: {
    id: 'http://adlnet.gov/expapi/verbs/completed',
    display: { 'nl-NL': 'rondde af', 'en-US': 'completed' },
  },
  scored: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'nl-NL': 'scoorde', 'en-US': 'scored' } },
} as const
export type VerbName = keyof typeof VERBS

const ACTIVITY_TYPES = {
  case: 'http://adlnet.gov/expapi/activities/course',
  dilemma: 'http://adlnet.gov/expapi/activities/module',
  scene: 'http://adlnet.gov/expapi/activities/cmi.interaction',
}

export type StatementSubject = {
  /** The public origin of this Deelwijs, e.g. https://deelwijs.gemeente.nl: the namespace of every id. */
  origin: string
  /** The learner's pseudonym (pseudonymFor): never their name, e-mail or database id. */
  pseudonym: string
  /** The attempt the statement belongs to (its registration); none for a launch from a learning environment. */
  attemptId?: string
  caseId: string
  caseTitle: string
  /** None when the whole case was opened. */
  dilemmaId?: string
  dilemmaTitle?: string
}

export type NamedStatement = { id: string; verb: VerbName; statement: XapiStatement }

/**
 * A stable pseudonym for a user: an HMAC of their id with the server secret. The same person gets the same actor in
 * every statement, but nobody can get from the pseudonym back to the person without the secret and the database.
 */
export function pseudonymFor(userId: string, secret: string) {
  return createHmac('sha256', secret).update(`xapi-actor:${userId}`).digest('hex').slice(0, 32)
}

/** xAPI registrations are UUIDs; attempt ids are not, so the registration is a name-based UUID of the attempt id. */
export function registrationFor(attemptId: string) {
  const hex = createHash('sha256').update(`deelwijs-attempt:${attemptId}`).digest('hex')
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function activity(id: string, type: string, name: string) {
  return { objectType: 'Activity' as const, id, definition: { type, name: { 'nl-NL': name } } }
}

function base(subject: StatementSubject, verb: VerbName, timestamp: Date) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent' as const, account: { homePage: subject.origin, name: subject.pseudonym } },
    verb: VERBS[verb],
    context: {
      ...(subject.attemptId ? { registration: registrationFor(subject.attemptId) } : {}),
      platform: 'Deelwijs',
      language: 'nl-NL',
      contextActivities: {
        grouping: [activity(caseUrl(subject), ACTIVITY_TYPES.case, subject.caseTitle)],
      } as Record<string, ReturnType<typeof activity>[]>,
    },
    timestamp: timestamp.toISOString(),
    version: XAPI_VERSION,
  }
}

function caseUrl(subject: StatementSubject) {
  return `${subject.origin}/leren/${encodeURIComponent(subject.caseId)}`
}

function dilemmaActivity(subject: StatementSubject) {
  const url = `${caseUrl(subject)}/${encodeURIComponent(subject.dilemmaId ?? '')}`
  return activity(url, ACTIVITY_TYPES.dilemma, subject.dilemmaTitle ?? subject.dilemmaId ?? '')
}

/** The dilemma, or the case when the subject names no dilemma. */
function launchedActivity(subject: StatementSubject) {
  return subject.dilemmaId
    ? dilemmaActivity(subject)
    : activity(caseUrl(subject), ACTIVITY_TYPES.case, subject.caseTitle)
}

// The statements are checked against the xAPI schema in the unit tests; the builders only assemble them.
function named(
  verb: VerbName,
  statement: ReturnType<typeof base> & { object: unknown; result?: unknown },
): NamedStatement {
  return { id: statement.id, verb, statement: statement as unknown as XapiStatement }
}

export function launchedStatement(subject: StatementSubject, at: Date): NamedStatement {
  return named('launched', { ...base(subject, 'launched', at), object: launchedActivity(subject) })
}

/** A choice in a scene: a choice interaction whose response is the chosen option's id. */
export function answeredStatement(
  subject: StatementSubject,
  answer: {
    sceneId: string
    sceneTitle?: string
    choices: { id: string; label: string }[]
    choiceId: string
    quality: string | null
  },
  at: Date,
): NamedStatement {
  const statement = base(subject, 'answered', at)
  const scene = dilemmaActivity(subject)
  return named('answered', {
    ...statement,
    object: {
      objectType: 'Activity',
      id: `${scene.id}#${encodeURIComponent(answer.sceneId)}`,
      definition: {
        type: ACTIVITY_TYPES.scene,
        name: { 'nl-NL': answer.sceneTitle ?? `${scene.definition.name['nl-NL']}: ${answer.sceneId}` },
        interactionType: 'choice',
        choices: answer.choices.map((c) => ({ id: c.id, description: { 'nl-NL': c.label.slice(0, 500) } })),
      },
    },
    // success only for choices the scenario judges: 'passend' is right, 'twijfelachtig' and 'onjuist' are not.
    result: {
      response: answer.choiceId,
      ...(answer.quality ? { success: answer.quality === 'passend' } : {}),
    },
    context: { ...statement.context, contextActivities: { ...statement.context.contextActivities, parent: [scene] } },
  })
}

function scoreOf(score: number | null) {
  return score === null ? {} : { score: { scaled: score / 100, raw: score, min: 0, max: 100 } }
}

/** Reaching an ending: completion, the score, and success = behaald (a passend ending with enough points). */
export function completedStatement(
  subject: StatementSubject,
  ending: { score: number | null; behaald: boolean },
  at: Date,
): NamedStatement {
  return named('completed', {
    ...base(subject, 'completed', at),
    object: dilemmaActivity(subject),
    result: { completion: true, success: ending.behaald, ...scoreOf(ending.score) },
  })
}

export function scoredStatement(subject: StatementSubject, score: number, at: Date): NamedStatement {
  return named('scored', {
    ...base(subject, 'scored', at),
    object: dilemmaActivity(subject),
    result: scoreOf(score),
  })
}
