import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextState, offeredChoices, type PlayState } from '@/lib/engine/moves'
import { TEST_REGISTER } from '@/tests/fixtures/scenarios/register'
import type { DilemmaGraph } from './graph'
import { PROBLEM_CODES, type Problem, type ProblemCode } from './problems'
import { QUALITIES, type Quality } from './schema'
import { validateDilemmaSource } from './validate'

// Random valid dilemmas, written out as MDX: the validator must accept them, read back the same graph, and let a
// learner play from the start to an Ending. Mutations of them must give typed problems of the expected kind.

type ModelChoice = {
  id: string
  to: string
  quality?: Quality
  set: string[]
  when?: string
  unless?: string
  text: string
  /** How the choice is written: on one line, or over several with the feedback inline or in its own paragraph. */
  layout: 'inline' | 'lines' | 'paragraphs'
}
type ModelScene = { id: string; title?: string; prose: string; choices: ModelChoice[] }
type ModelEnding = { id: string; outcome: Quality; title: string; prose: string; whenFlag?: string }
type Model = { scenes: ModelScene[]; endings: ModelEnding[]; explicitStart: boolean }

const FLAGS = ['vertrouwen', 'toestemming', 'gemeld', 'overlegd'] as const
const WORDS = ['Ilse', 'vraagt', 'rustig', 'door', 'bel', 'Veilig', 'Thuis', 'de', 'huisarts', 'wacht', 'af', 'luister']

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => `${words.join(' ')}.`)
const layout = fc.constantFrom<ModelChoice['layout']>('inline', 'lines', 'paragraphs')

type ExtraChoice = {
  from: number
  to: number
  quality: Quality | undefined
  set: string[]
  condition: { kind: 'none' } | { kind: 'when' | 'unless'; flag: number }
  text: string
  layout: ModelChoice['layout']
}

const extraChoice: fc.Arbitrary<ExtraChoice> = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  quality: fc.option(fc.constantFrom(...QUALITIES), { nil: undefined }),
  set: fc.subarray([...FLAGS], { maxLength: 2 }),
  condition: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constantFrom('when' as const, 'unless' as const), flag: fc.nat() }),
  ),
  text: sentence,
  layout,
})

/**
 * A valid dilemma by construction: scene i always has an unconditional "spine" choice to scene i+1 (the last to the
 * first ending), so every scene is reachable and can reach an ending whatever flags are set; every other ending
 * gets an unconditional choice from some scene; conditions only test flags that some choice sets, and each
 * conditional choice is offered on the spine route.
 */
const validModel: fc.Arbitrary<Model> = fc
  .record({
    sceneCount: fc.integer({ min: 1, max: 6 }),
    endingCount: fc.integer({ min: 1, max: 3 }),
    spines: fc.array(
      fc.record({
        quality: fc.option(fc.constantFrom(...QUALITIES), { nil: undefined }),
        set: fc.subarray([...FLAGS], { maxLength: 2 }),
        text: sentence,
        layout,
      }),
      { minLength: 6, maxLength: 6 },
    ),
    extras: fc.array(extraChoice, { maxLength: 8 }),
    endingSources: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    prose: fc.array(sentence, { minLength: 9, maxLength: 9 }),
    outcomes: fc.array(fc.constantFrom(...QUALITIES), { minLength: 3, maxLength: 3 }),
    titled: fc.boolean(),
    explicitStart: fc.boolean(),
    endingFlag: fc.nat(),
  })
  .map((r) => {
    const sceneId = (i: number) => `scene-${i + 1}`
    const endingId = (j: number) => `einde-${j + 1}`
    const scenes: ModelScene[] = Array.from({ length: r.sceneCount }, (_, i) => {
      const spine = r.spines[i] as (typeof r.spines)[number]
      return {
        id: sceneId(i),
        ...(r.titled ? { title: `Stap ${i + 1}` } : {}),
        prose: r.prose[i] as string,
        choices: [
          {
            id: `verder-${i + 1}`,
            to: i + 1 < r.sceneCount ? sceneId(i + 1) : endingId(0),
            ...(spine.quality ? { quality: spine.quality } : {}),
            set: spine.set,
            text: spine.text,
            layout: spine.layout,
          },
        ],
      }
    })
    const targets = [...scenes.map((s) => s.id), ...Array.from({ length: r.endingCount }, (_, j) => endingId(j))]
    for (let j = 1; j < r.endingCount; j++) {
      const from = scenes[(r.endingSources[j] as number) % scenes.length] as ModelScene
      from.choices.push({ id: `naar-einde-${j + 1}`, to: endingId(j), set: [], text: 'Rond af.', layout: 'inline' })
    }
    const setSomewhere = [...new Set(scenes.flatMap((s) => s.choices.flatMap((c) => c.set)))]
    r.extras.forEach((extra, index) => {
      const fromIndex = extra.from % scenes.length
      const from = scenes[fromIndex] as ModelScene
      // Every choice must be offered on some route: the spine route reaches scene i with exactly the flags the spines
      // before it set, so a `when` tests one of those and an `unless` one of the others.
      const before = new Set(scenes.slice(0, fromIndex).flatMap((s) => s.choices[0]?.set ?? []))
      const candidates =
        extra.condition.kind === 'when' ? [...before] : setSomewhere.filter((flag) => !before.has(flag))
      const condition =
        extra.condition.kind === 'none' || candidates.length === 0
          ? {}
          : { [extra.condition.kind]: candidates[extra.condition.flag % candidates.length] as string }
      from.choices.push({
        id: `extra-${index + 1}`,
        to: targets[extra.to % targets.length] as string,
        ...(extra.quality ? { quality: extra.quality } : {}),
        // Extra choices set no flags, so the flags tested above stay exactly those the spines set.
        set: [],
        ...condition,
        text: extra.text,
        layout: extra.layout,
      })
    })
    const endingFlag = setSomewhere.length > 0 ? setSomewhere[r.endingFlag % setSomewhere.length] : undefined
    const endings: ModelEnding[] = Array.from({ length: r.endingCount }, (_, j) => ({
      id: endingId(j),
      outcome: r.outcomes[j] as Quality,
      title: `Einde ${j + 1}`,
      prose: r.prose[6 + j] as string,
      ...(j === 0 && endingFlag ? { whenFlag: endingFlag } : {}),
    }))
    return { scenes, endings, explicitStart: r.explicitStart }
  })

function renderChoice(choice: ModelChoice): string {
  const attributes = [
    `id="${choice.id}"`,
    `to="${choice.to}"`,
    choice.quality ? `quality="${choice.quality}"` : '',
    choice.set.length > 0 ? `set="${choice.set.join(' ')}"` : '',
    choice.when ? `when="${choice.when}"` : '',
    choice.unless ? `unless="${choice.unless}"` : '',
  ].filter(Boolean)
  const feedback = choice.quality ? `<Feedback>Dit is ${choice.quality}.</Feedback>` : ''
  const open = `<Choice ${attributes.join(' ')}>`
  if (choice.layout === 'inline') return `${open}${choice.text}${feedback}</Choice>`
  if (choice.layout === 'lines') return [open, choice.text, feedback, '</Choice>'].filter(Boolean).join('\n')
  return [open, '', choice.text, '', feedback, '', '</Choice>'].join('\n')
}

function renderModel(model: Model, id = 'random'): string {
  const frontmatter = [
    '---',
    `id: ${id}`,
    'title: Een willekeurig dilemma',
    'professional: huisarts',
    'domain: gezondheid',
    'minutes: 5',
    'themes: [beroepsgeheim]',
    'summary: Gegenereerd voor een test.',
    ...(model.explicitStart ? [`start: ${model.scenes[0]?.id}`] : []),
    '---',
  ]
  const scenes = model.scenes.map((scene) =>
    [
      `<Scene id="${scene.id}"${scene.title ? ` title="${scene.title}"` : ''}>`,
      scene.prose,
      '',
      ...scene.choices.map((choice) => `${renderChoice(choice)}\n`),
      '</Scene>',
    ].join('\n'),
  )
  const endings = model.endings.map((ending) =>
    [
      `<Ending id="${ending.id}" outcome="${ending.outcome}" title="${ending.title}">`,
      ending.prose,
      ...(ending.whenFlag ? [`<When flag="${ending.whenFlag}">Dat hielp.</When>`] : []),
      '</Ending>',
    ].join('\n'),
  )
  return `${[frontmatter.join('\n'), ...scenes, ...endings].join('\n\n')}\n`
}

const validate = (source: string) =>
  validateDilemmaSource(source, { file: 'random.mdx', expectedId: 'random', register: TEST_REGISTER })

/** Breadth-first over play states using only offeredChoices and nextState; true when some Ending is reached. */
function canFinish(graph: DilemmaGraph): boolean {
  const seen = new Set<string>()
  const queue: PlayState[] = [{ scene: graph.start, flags: [] }]
  for (let index = 0; index < queue.length; index++) {
    const state = queue[index] as PlayState
    for (const choice of offeredChoices(graph, state)) {
      const move = nextState(graph, state, choice.id)
      if (!move.ok) throw new Error(`offered choice ${choice.id} was refused: ${move.reason}`)
      if (move.ended) return true
      const key = `${move.scene}|${[...move.flags].sort().join(' ')}`
      if (!seen.has(key)) {
        seen.add(key)
        queue.push({ scene: move.scene, flags: move.flags })
      }
    }
  }
  return false
}

function expectTypedProblems(problems: Problem[], source: string) {
  const lines = source.split('\n').length
  for (const p of problems) {
    expect(PROBLEM_CODES).toContain(p.code)
    expect(p.message.length).toBeGreaterThan(0)
    expect(p.line).toBeGreaterThanOrEqual(1)
    expect(p.line).toBeLessThanOrEqual(lines)
    expect(p.column).toBeGreaterThanOrEqual(1)
  }
}

describe('random valid dilemmas', () => {
  it('validate without problems, read back as the same graph, and can be played to an Ending', () => {
    fc.assert(
      fc.property(validModel, (model) => {
        const source = renderModel(model)
        const { problems, graph } = validate(source)
        expect(problems).toEqual([])
        if (!graph) throw new Error('a valid dilemma has a graph')
        expect(graph.start).toBe('scene-1')
        expect(
          graph.nodes.map((node) =>
            node.kind === 'scene'
              ? { id: node.id, choices: node.choices.map(({ position: _, ...choice }) => choice) }
              : { id: node.id, outcome: node.outcome },
          ),
        ).toEqual([
          ...model.scenes.map((scene) => ({
            id: scene.id,
            choices: scene.choices.map(({ text, layout: _, ...choice }) => ({ ...choice, label: text })),
          })),
          ...model.endings.map((ending) => ({ id: ending.id, outcome: ending.outcome })),
        ])
        expect(canFinish(graph)).toBe(true)
      }),
      { numRuns: 80 },
    )
  })
})

type Mutation = { name: string; expected: ProblemCode; apply: (model: Model) => string | undefined }

const pick = <T>(items: readonly T[], seed: number): T => items[seed % items.length] as T
const allChoices = (model: Model) => model.scenes.flatMap((scene) => scene.choices)

function mutations(seed: number): Mutation[] {
  return [
    {
      name: 'retarget a choice to a missing id',
      expected: 'missing-target',
      apply: (model) => {
        pick(allChoices(model), seed).to = 'bestaat-niet'
        return renderModel(model)
      },
    },
    {
      name: 'delete a scene that the one before leads to',
      expected: 'missing-target',
      apply: (model) => {
        if (model.scenes.length < 2) return undefined
        model.scenes.splice(1 + (seed % (model.scenes.length - 1)), 1)
        return renderModel(model)
      },
    },
    {
      name: 'give the last node the id of the first',
      expected: 'duplicate-id',
      apply: (model) => {
        const first = model.scenes[0]?.id as string
        ;(model.endings.at(-1) as ModelEnding).id = first
        return renderModel(model)
      },
    },
    {
      name: 'turn a literal attribute into an expression',
      expected: 'expression-attribute',
      apply: (model) => {
        const choice = pick(allChoices(model), seed)
        return renderModel(model).replace(`to="${choice.to}"`, `to={volgende}`)
      },
    },
    {
      name: "remove a choice's text",
      expected: 'empty-choice-text',
      apply: (model) => {
        pick(allChoices(model), seed).text = ''
        return renderModel(model)
      },
    },
    {
      name: 'test a flag that nothing sets',
      expected: 'flag-never-set',
      apply: (model) => {
        pick(allChoices(model), seed).when = 'nooit-gezet'
        return renderModel(model)
      },
    },
  ]
}

describe('mutated dilemmas', () => {
  it('give typed problems of the expected code and never throw', () => {
    fc.assert(
      fc.property(validModel, fc.nat(), fc.nat(), (model, which, seed) => {
        const mutation = pick(mutations(seed), which)
        const source = mutation.apply(structuredClone(model))
        fc.pre(source !== undefined)
        const { problems, graph } = validate(source as string)
        expect(problems.map((p) => p.code)).toContain(mutation.expected)
        expect(graph).toBeUndefined()
        expectTypedProblems(problems, source as string)
      }),
      { numRuns: 150 },
    )
  })

  it('never throw on arbitrary text spliced into a valid dilemma', () => {
    fc.assert(
      fc.property(validModel, fc.nat(), fc.string({ unit: 'grapheme-ascii', maxLength: 20 }), (model, at, noise) => {
        const valid = renderModel(model)
        const offset = at % valid.length
        const source = valid.slice(0, offset) + noise + valid.slice(offset)
        expectTypedProblems(validate(source).problems, source)
      }),
      { numRuns: 80 },
    )
  })
})
