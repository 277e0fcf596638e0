import { z } from 'zod'

// The frontmatter of case and dilemma files (docs/scenario-format.md). Objects are strict so that a misspelt key
// ("sumary") is reported instead of silently ignored.

export { isQuality, QUALITIES, type Quality } from '@/lib/engine/graph'

/** Ids of cases, dilemmas, scenes, endings, choices, members, domains and professionals. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Flag names: one word, so they can be listed space-separated in `set`. */
export const FLAG_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/

const kebabId = z
  .string()
  .regex(KEBAB_CASE, { error: 'must be kebab-case (lowercase letters, digits, single hyphens)' })
const text = z.string().trim().min(1, { error: 'must not be empty' })

const member = z.strictObject({
  id: kebabId,
  name: text,
  age: z.int().min(0).max(120),
  description: text,
})

const spoke = z.strictObject({
  dilemma: kebabId,
  domain: kebabId,
  domainLabel: text,
  professional: kebabId,
  professionalLabel: text,
  /** A spoke whose dilemma is not written yet: shown as "binnenkort", its file is not required. */
  planned: z.boolean().optional(),
})

/** Reports the second occurrence of a key, at that element, so the problem points at the line to change. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string, field: string, what: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const value = key(item)
    if (seen.has(value))
      ctx.addIssue({ code: 'custom', path: [index, field], message: `${what} '${value}' is listed twice` })
    seen.add(value)
  })
}

/** One event of the case's timeline, dated relative to the others ("Dag 1 (zaterdag), 's nachts"). */
const timelineEvent = z.strictObject({ wanneer: text, wat: text })

/** What a docent needs to teach a dilemma (docs/scenario-format.md, "Docent material"). */
const docentMaterial = z.strictObject({
  /** 2–4 learning goals, each starting with a verb ("Je kunt uitleggen ..."). */
  leerdoelen: z.array(text).min(2).max(4),
  /** Exactly three questions for the class discussion. */
  vragen: z.array(text).length(3),
  werkvorm: z.strictObject({ naam: text, minuten: z.int().min(5).max(90), beschrijving: text }),
  /** 2–5 key legal points; articles are named in plain text. */
  juridisch: z.array(text).min(2).max(5),
})

export const caseFrontmatterSchema = z.strictObject({
  id: kebabId,
  title: text,
  summary: text,
  /**
   * Where the case stands in every list (lower first): the introductory case first, not the alphabet's choice.
   * Cases without it follow, by id.
   */
  order: z.int().min(1).max(999).optional(),
  members: z
    .array(member)
    .min(1)
    .max(12)
    .superRefine((members, ctx) => uniqueBy(members, (m) => m.id, 'id', 'member', ctx)),
  spokes: z
    .array(spoke)
    .min(1)
    .max(12)
    .superRefine((spokes, ctx) => uniqueBy(spokes, (s) => s.dilemma, 'dilemma', 'dilemma', ctx)),
  /** The one timeline of events every dilemma agrees with; shown on the docent's casusbeschrijving. */
  tijdlijn: z.array(timelineEvent).min(1).max(30).optional(),
})

export const dilemmaFrontmatterSchema = z.strictObject({
  id: kebabId,
  title: text,
  professional: kebabId,
  domain: kebabId,
  minutes: z.int().min(1).max(60),
  themes: z.array(kebabId).min(1).max(10),
  summary: text,
  /** The scene to begin with; without it, the first Scene in the file. */
  start: kebabId.optional(),
  /** Teaching material, shown to docents only (content:lint warns when it is missing). */
  docent: docentMaterial.optional(),
  /** One question for the learner to think about on the ending screen; shown, never stored. */
  reflectie: text.optional(),
})

export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>
export type CaseMember = z.infer<typeof member>
export type CaseSpoke = z.infer<typeof spoke>
export type DilemmaFrontmatter = z.infer<typeof dilemmaFrontmatterSchema>
export type DocentMaterial = z.infer<typeof docentMaterial>
export type TimelineEvent = z.infer<typeof timelineEvent>
