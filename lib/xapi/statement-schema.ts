import { z } from 'zod'

// Validator for the xAPI 1.0.3 Statements this app (as Activity Provider) sends to an LRS.
// Section numbers refer to xAPI 1.0.3, Part Two "Experience API (xAPI) Data"
// (https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md).
//
// Deliberate choices, stricter than an LRS has to be:
// - Objects are strict: unknown properties are rejected (2.2: additional properties SHOULD* NOT be added,
//   and an LRS MUST reject keys not allowed by the spec). Extension maps are the only open objects.
// - SubStatement objects and attachments are rejected: we never send them.
// - `id` is required: we always generate the statement id ourselves (2.4.1 says the provider SHOULD).

// ---------------------------------------------------------------------------
// Special data types (section 4)
// ---------------------------------------------------------------------------

/** 4.3 IRIs (and 2.2: IRL or IRI values without a scheme MUST be rejected). */
function isAbsoluteIri(value: string): boolean {
  // `new URL` silently trims or percent-encodes whitespace, so refuse it first; an IRI never contains any.
  if (/\s/.test(value) || !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)) return false
  try {
    return new URL(value).protocol.length > 1
  } catch {
    return false
  }
}

const iri = z.string().refine(isAbsoluteIri, 'must be an absolute IRI (with a scheme)')

/** An IRL is an IRI that is also a locator; beyond having a scheme that cannot be checked offline. */
const irl = z.string().refine(isAbsoluteIri, 'must be an absolute IRL (with a scheme)')

/** 4.4 UUIDs: standard string form (8-4-4-4-12 hex digits, either case); any version or variant. */
const uuid = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'must be a UUID (RFC 4122 form)',
  )

/** RFC 5646 language tag; a best-effort check of the subtag lengths (2.2: LRS requirements). */
const languageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/, 'must be an RFC 5646 language tag (e.g. nl-NL)')

/** 4.2 Language Maps: language tag -> text in that language. */
const languageMap = z.record(languageTag, z.string())

/** 4.1 Extensions: keys MUST be IRIs; values are free (and MUST NOT be a reason to reject). */
const extensions = z.record(iri, z.unknown())

/**
 * 4.5 ISO 8601 Timestamps, with a time zone (Z or ±hh:mm) as our statements always carry one.
 * ISO 8601 has no negative zero offset (RFC 3339 uses -00:00 for "unknown offset"), so that is refused too.
 */
const timestamp = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone (Z or ±hh:mm)' })
  .refine((value) => !value.endsWith('-00:00'), 'must not use the offset -00:00 (use Z)')

/**
 * 4.6 ISO 8601 Durations (ISO 8601:2004 4.4.3.2): PnYnMnDTnHnMnS with at least one component, or PnW alone.
 * Only the last (lowest-order) component may carry a decimal fraction.
 */
const decimal = String.raw`\d+(?:[.,]\d+)?`
const DURATION = new RegExp(
  `^P(?:${decimal}W|(?=\\d|T\\d)(?:${decimal}Y)?(?:${decimal}M)?(?:${decimal}D)?(?:T(?=\\d)(?:${decimal}H)?(?:${decimal}M)?(?:${decimal}S)?)?)$`,
)
const duration = z
  .string()
  .refine(
    (value) => DURATION.test(value) && !/[.,]\d+[WYMDHS]./.test(value),
    'must be an ISO 8601 duration such as PT1M30S, P1DT2H or PT0.5S',
  )

// ---------------------------------------------------------------------------
// 2.4.2 Actor: Agents and Groups
// ---------------------------------------------------------------------------

/** 2.4.2.4 Account Object. */
const account = z.strictObject({
  homePage: irl,
  name: z.string().min(1, 'must not be empty'),
})

/** 2.4.2.3 Inverse Functional Identifiers. */
const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const
const ifiShape = {
  mbox: z
    .string()
    .regex(/^mailto:[^\s@]+@[^\s@]+$/, 'must be a mailto IRI ("mailto:email address")')
    .optional(),
  mbox_sha1sum: z
    .string()
    .regex(/^[0-9a-fA-F]{40}$/, 'must be a hex-encoded SHA1 hash (40 hex digits)')
    .optional(),
  openid: iri.optional(),
  account: account.optional(),
}

function presentIfis(value: Partial<Record<(typeof IFI_KEYS)[number], unknown>>): string[] {
  return IFI_KEYS.filter((key) => value[key] !== undefined)
}

/** 2.4.2.1: an Agent MUST be identified by one, and MUST NOT include more than one, IFI. */
function requireExactlyOneIfi(value: Partial<Record<(typeof IFI_KEYS)[number], unknown>>, ctx: z.RefinementCtx) {
  const found = presentIfis(value)
  if (found.length === 1) return
  ctx.addIssue({
    code: 'custom',
    message:
      found.length === 0
        ? 'an Agent needs exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); found none'
        : `an Agent needs exactly one inverse functional identifier; found ${found.length}: ${found.join(', ')}`,
  })
}

const agentShape = { name: z.string().optional(), ...ifiShape }

/** 2.4.2.1 Agent, where objectType is optional (actor, group member, instructor, authority). */
const agent = z
  .strictObject({ objectType: z.literal('Agent').optional(), ...agentShape })
  .superRefine(requireExactlyOneIfi)

/** 2.4.4.2: an Agent used as a Statement's object MUST specify objectType. */
const agentAsObject = z
  .strictObject({ objectType: z.literal('Agent'), ...agentShape })
  .superRefine(requireExactlyOneIfi)

/**
 * 2.4.2.2 Group (objectType required): an Identified Group has exactly one IFI and MAY list members;
 * an Anonymous Group has no IFI and MUST list its members. Members are Agents, never Groups.
 */
const group = z
  .strictObject({
    objectType: z.literal('Group'),
    name: z.string().optional(),
    member: z.array(agent).optional(),
    ...ifiShape,
  })
  .superRefine((value, ctx) => {
    const found = presentIfis(value)
    if (found.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `an Identified Group needs exactly one inverse functional identifier; found ${found.length}: ${found.join(', ')}`,
      })
    } else if (found.length === 0 && (value.member === undefined || value.member.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['member'],
        message: 'an Anonymous Group (without inverse functional identifier) must list its members',
      })
    }
  })

/** 2.4.2 Actor: an Agent (objectType optional) or a Group (objectType required). */
const actor = z.discriminatedUnion('objectType', [agent, group], {
  error: (issue) => (issue.code === 'invalid_union' ? 'objectType must be "Agent" (or absent) or "Group"' : undefined),
})

// ---------------------------------------------------------------------------
// 2.4.3 Verb
// ---------------------------------------------------------------------------

const verb = z.strictObject({
  id: iri,
  display: languageMap.optional(),
})

// ---------------------------------------------------------------------------
// 2.4.4 Object
// ---------------------------------------------------------------------------

/** 2.4.4.1 Interaction Activities: the interaction types. */
const interactionType = z.enum([
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
])

/** 2.4.4.1 Interaction Components: ids SHOULD NOT have whitespace and MUST be distinct within a list. */
const interactionComponent = z.strictObject({
  id: z.string().regex(/^\S+$/, 'must be a non-empty string without whitespace'),
  description: languageMap.optional(),
})

const interactionComponentList = z.array(interactionComponent).superRefine((components, ctx) => {
  const seen = new Set<string>()
  components.forEach((component, index) => {
    if (seen.has(component.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate interaction component id "${component.id}"`,
      })
    }
    seen.add(component.id)
  })
})

/** 2.4.4.1 "supported interaction component list(s)" per interactionType. */
const COMPONENT_LISTS = {
  choices: ['choice', 'sequencing'],
  scale: ['likert'],
  source: ['matching'],
  target: ['matching'],
  steps: ['performance'],
} as const satisfies Record<string, readonly z.infer<typeof interactionType>[]>

/** 2.4.4.1 Activity Definition, including the interaction properties. */
const activityDefinition = z
  .strictObject({
    name: languageMap.optional(),
    description: languageMap.optional(),
    type: iri.optional(),
    moreInfo: irl.optional(),
    interactionType: interactionType.optional(),
    correctResponsesPattern: z.array(z.string()).optional(),
    choices: interactionComponentList.optional(),
    scale: interactionComponentList.optional(),
    source: interactionComponentList.optional(),
    target: interactionComponentList.optional(),
    steps: interactionComponentList.optional(),
    extensions: extensions.optional(),
  })
  .superRefine((definition, ctx) => {
    for (const [list, allowed] of Object.entries(COMPONENT_LISTS)) {
      if (definition[list as keyof typeof COMPONENT_LISTS] === undefined) continue
      const type = definition.interactionType
      if (type !== undefined && (allowed as readonly string[]).includes(type)) continue
      ctx.addIssue({
        code: 'custom',
        path: [list],
        message: `"${list}" is only allowed with interactionType ${allowed.map((t) => `"${t}"`).join(' or ')}${
          type === undefined ? ' (interactionType is missing)' : `, not "${type}"`
        }`,
      })
    }
    // Interaction Activities MUST have a valid interactionType (2.4.4.1, Requirements).
    if (definition.correctResponsesPattern !== undefined && definition.interactionType === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['correctResponsesPattern'],
        message: '"correctResponsesPattern" is only allowed together with an interactionType',
      })
    }
  })

/** 2.4.4.1 Activity (objectType optional, "Activity" when present). */
const activity = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iri,
  definition: activityDefinition.optional(),
})

/** 2.4.4.3 Statement Reference. */
const statementRef = z.strictObject({
  objectType: z.literal('StatementRef'),
  id: uuid,
})

/** 2.4.4 Object: Activity, Agent, Group or StatementRef. SubStatements are not supported here. */
const statementObject = z.discriminatedUnion('objectType', [activity, agentAsObject, group, statementRef], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? 'objectType must be "Activity" (or absent), "Agent", "Group" or "StatementRef" (SubStatement is not supported)'
      : undefined,
})

// ---------------------------------------------------------------------------
// 2.4.5 Result
// ---------------------------------------------------------------------------

/** 2.4.5.1 Score: scaled in [-1, 1]; min <= raw <= max; min < max. */
const score = z
  .strictObject({
    scaled: z.number().min(-1, 'must be between -1 and 1').max(1, 'must be between -1 and 1').optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine(({ raw, min, max }, ctx) => {
    if (min !== undefined && max !== undefined && min >= max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${max}) must be greater than min (${min})` })
    }
    if (raw !== undefined && min !== undefined && raw < min) {
      ctx.addIssue({ code: 'custom', path: ['raw'], message: `raw (${raw}) must not be below min (${min})` })
    }
    if (raw !== undefined && max !== undefined && raw > max) {
      ctx.addIssue({ code: 'custom', path: ['raw'], message: `raw (${raw}) must not be above max (${max})` })
    }
  })

const result = z.strictObject({
  score: score.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: duration.optional(),
  extensions: extensions.optional(),
})

// ---------------------------------------------------------------------------
// 2.4.6 Context
// ---------------------------------------------------------------------------

/** 2.4.6.2: each value is one Activity or an array of Activities (providers SHOULD send arrays). */
const contextActivityList = z.union([z.array(activity), activity], {
  error: 'must be an Activity or an array of Activities',
})

const contextActivities = z.strictObject({
  parent: contextActivityList.optional(),
  grouping: contextActivityList.optional(),
  category: contextActivityList.optional(),
  other: contextActivityList.optional(),
})

const context = z.strictObject({
  registration: uuid.optional(),
  instructor: actor.optional(),
  team: group.optional(),
  contextActivities: contextActivities.optional(),
  revision: z.string().optional(),
  platform: z.string().optional(),
  language: languageTag.optional(),
  statement: statementRef.optional(),
  extensions: extensions.optional(),
})

// ---------------------------------------------------------------------------
// 2.4.9 Authority
// ---------------------------------------------------------------------------

/** 2.4.9: an Agent, or (3-legged OAuth) a Group of exactly two Agents. */
const authority = actor.superRefine((value, ctx) => {
  if (value.objectType === 'Group' && value.member?.length !== 2) {
    ctx.addIssue({ code: 'custom', path: ['member'], message: 'an authority Group must consist of exactly two Agents' })
  }
})

// ---------------------------------------------------------------------------
// 2.4 Statement
// ---------------------------------------------------------------------------

export const xapiStatementSchema = z
  .strictObject({
    /** 2.4.1 ID; required in our statements. */
    id: uuid,
    actor,
    verb,
    object: statementObject,
    result: result.optional(),
    context: context.optional(),
    /** 2.4.7 Timestamp; optional in the spec, always set by us. */
    timestamp: timestamp.optional(),
    /** 2.4.8 Stored; set by the LRS. */
    stored: timestamp.optional(),
    authority: authority.optional(),
    /** 2.4.10 Version: 1.0.x. */
    version: z
      .string()
      .regex(/^1\.0(\.\d+)?$/, 'must be an xAPI 1.0.x version such as 1.0.3')
      .optional(),
    /** 2.4.11 Attachments: we send none, so any value is refused. */
    attachments: z.undefined({ error: 'attachments are not supported (we send none)' }).optional(),
  })
  .superRefine((statement, ctx) => {
    // 2.4.6: "revision" and "platform" MUST only be used if the Statement's Object is an Activity.
    const objectIsActivity = statement.object.objectType === undefined || statement.object.objectType === 'Activity'
    if (objectIsActivity || statement.context === undefined) return
    for (const key of ['revision', 'platform'] as const) {
      if (statement.context[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['context', key],
          message: `"${key}" is only allowed when the object is an Activity`,
        })
      }
    }
  })

export type XapiStatement = z.infer<typeof xapiStatementSchema>

export type StatementValidation = { ok: true } | { ok: false; problems: string[] }

/** Checks a would-be statement; problems read as `path: message`, e.g. `result.score.scaled: must be ...`. */
export function validateStatement(value: unknown): StatementValidation {
  const parsed = xapiStatementSchema.safeParse(value)
  if (parsed.success) return { ok: true }
  return { ok: false, problems: describeIssues(parsed.error.issues, []) }
}

function describeIssues(issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[]): string[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report only the alternatives the value plausibly meant: skip those it did not match in shape at all.
      const plausible = issue.errors.filter(
        (branch) => !(branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0),
      )
      if (plausible.length > 0) return plausible.flatMap((branch) => describeIssues(branch, path))
    }
    if (issue.code === 'invalid_key') {
      return issue.issues.map((inner) => `${formatPath(path)}: invalid key: ${inner.message}`)
    }
    return [`${formatPath(path)}: ${issue.message}`]
  })
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.')
}
