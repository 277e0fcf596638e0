import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_REGISTER } from '@/tests/fixtures/scenarios/register'
import type { ProblemCode } from './problems'
import type { ReferenceRegister } from './references'
import { validateCaseSource, validateDilemmaSource } from './validate'

const FIXTURES = path.resolve('tests/fixtures/scenarios')
const read = (relative: string) => readFileSync(path.join(FIXTURES, relative), 'utf8')

function validateFixture(name: string, register: ReferenceRegister = TEST_REGISTER) {
  return validateDilemmaSource(read(`problems/${name}.mdx`), { file: `${name}.mdx`, expectedId: name, register })
}

// One fixture per problem class: the only problem it has, where it is, and the id or field the message must name.
const PROBLEM_FIXTURES: { code: ProblemCode; line: number; mentions: string }[] = [
  { code: 'mdx-syntax', line: 16, mentions: 'Choice' },
  { code: 'frontmatter', line: 6, mentions: 'minutes' },
  { code: 'unknown-component', line: 14, mentions: 'Video' },
  { code: 'misplaced-component', line: 17, mentions: 'stiekem' },
  { code: 'invalid-attribute', line: 14, mentions: 'goed' },
  { code: 'expression-attribute', line: 14, mentions: 'volgende' },
  { code: 'expression', line: 12, mentions: 'partner.naam' },
  { code: 'esm', line: 11, mentions: 'partner' },
  { code: 'prose-outside-node', line: 17, mentions: 'Scene' },
  { code: 'no-scene', line: 1, mentions: 'Scene' },
  { code: 'no-choices', line: 18, mentions: 'stilte' },
  { code: 'empty-choice-text', line: 15, mentions: 'leeg' },
  { code: 'missing-feedback', line: 14, mentions: 'luisteren' },
  { code: 'duplicate-feedback', line: 17, mentions: 'luisteren' },
  { code: 'duplicate-id', line: 23, mentions: 'gesprek' },
  { code: 'missing-target', line: 15, mentions: 'nergens' },
  { code: 'no-ending', line: 1, mentions: 'Ending' },
  { code: 'unreachable', line: 17, mentions: 'vergeten' },
  { code: 'no-ending-reachable', line: 18, mentions: 'rondje' },
  { code: 'flag-never-set', line: 15, mentions: 'vertrouwen' },
  { code: 'unknown-law-ref', line: 14, mentions: '9.9.9' },
  { code: 'unknown-vuistregel', line: 14, mentions: 'altijd-melden' },
  { code: 'unknown-term', line: 12, mentions: 'zwijgplicht' },
  { code: 'html-not-allowed', line: 14, mentions: '<script>' },
  { code: 'never-offered', line: 15, mentions: 'doorvragen' },
]

describe('validateDilemmaSource', () => {
  it.each(PROBLEM_FIXTURES)('reports $code at line $line', ({ code, line, mentions }) => {
    const { problems, graph } = validateFixture(code)
    expect(problems.map((p) => p.code)).toEqual([code])
    expect(problems[0]).toMatchObject({ file: `${code}.mdx`, line })
    expect(problems[0]?.message).toContain(mentions)
    expect(graph).toBeUndefined()
  })

  it('accepts the valid fixture and returns its graph', () => {
    const { problems, graph, frontmatter } = validateDilemmaSource(read('valid/demo/gesprek.mdx'), {
      file: 'gesprek.mdx',
      expectedId: 'gesprek',
      register: TEST_REGISTER,
    })
    expect(problems).toEqual([])
    expect(frontmatter?.minutes).toBe(5)
    expect(graph?.start).toBe('intro')
    expect(graph?.nodes.map((node) => `${node.kind}:${node.id}`)).toEqual([
      'scene:intro',
      'scene:gesprek',
      'scene:afweging',
      'ending:einde-zorgvuldig',
      'ending:einde-snel',
    ])
    const intro = graph?.nodes[0]
    expect(intro?.kind === 'scene' && intro.choices[0]).toEqual({
      id: 'doorvragen',
      to: 'gesprek',
      quality: 'passend',
      set: ['vertrouwen'],
      label: 'Vraag rustig door.',
      position: { line: 18, column: 1 },
    })
    expect(graph?.flagsTested.map((use) => use.flag).sort()).toEqual([
      'twijfel-gehad',
      'vertrouwen',
      'vertrouwen',
      'vertrouwen',
      'vertrouwen',
    ])
    expect(graph?.lawRefs).toEqual([
      { law: 'wmo2015', article: '5.2.6', position: { line: 29, column: 47 } },
      { law: 'avg', position: { line: 46, column: 44 } },
    ])
  })

  it('requires the frontmatter id to equal the file name', () => {
    const { problems } = validateDilemmaSource(read('valid/demo/gesprek.mdx'), {
      file: 'ander.mdx',
      expectedId: 'ander',
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'frontmatter', line: 2 }])
    expect(problems[0]?.message).toContain("'ander'")
  })

  it('points a frontmatter problem at the offending key, also for unknown and missing keys', () => {
    const source = read('valid/demo/gesprek.mdx').replace('minutes: 5\n', 'minuten: 5\n')
    const { problems } = validateDilemmaSource(source, {
      file: 'g.mdx',
      expectedId: 'gesprek',
      register: TEST_REGISTER,
    })
    expect(problems.map((p) => [p.code, p.line, p.message])).toEqual([
      // A missing key has no line of its own: the problem points at the start of the frontmatter.
      ['frontmatter', 2, "Frontmatter field 'minutes': is required"],
      ['frontmatter', 6, "Frontmatter field 'minuten' is not part of the format"],
    ])
  })

  it('reports a missing frontmatter block and invalid YAML', () => {
    const body = read('valid/demo/gesprek.mdx').split('---\n')[2] ?? ''
    expect(validateDilemmaSource(body, { file: 'g.mdx', expectedId: 'gesprek' }).problems).toMatchObject([
      { code: 'frontmatter', line: 1 },
    ])
    const broken = read('valid/demo/gesprek.mdx').replace('themes: [beroepsgeheim, meldcode]', 'themes: [beroepsgeheim')
    const { problems } = validateDilemmaSource(broken, { file: 'g.mdx', expectedId: 'gesprek' })
    expect(problems[0]).toMatchObject({ code: 'frontmatter' })
    expect(problems[0]?.message).toContain('not valid YAML')
  })

  it('reports a start that names no scene at the start key', () => {
    const source = read('valid/demo/gesprek.mdx').replace('start: intro', 'start: begin')
    const { problems } = validateDilemmaSource(source, {
      file: 'g.mdx',
      expectedId: 'gesprek',
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'missing-target', line: 9 }])
    expect(problems[0]?.message).toContain('begin')
  })

  it('accepts literal expressions in attributes, as the format allows string and number literals', () => {
    const source = read('valid/demo/gesprek.mdx').replace('to="gesprek" quality', `to={'gesprek'} quality`)
    expect(
      validateDilemmaSource(source, { file: 'g.mdx', expectedId: 'gesprek', register: TEST_REGISTER }).problems,
    ).toEqual([])
  })

  it('reads pin="first" and pin="last" on a Choice into the graph', () => {
    const source = read('valid/demo/gesprek.mdx')
      .replace('<Choice id="terug" to="gesprek">', '<Choice id="terug" to="gesprek" pin="last">')
      .replace('<Choice id="samen" to="einde-zorgvuldig"', '<Choice id="samen" pin="first" to="einde-zorgvuldig"')
    const { problems, graph } = validateDilemmaSource(source, {
      file: 'g.mdx',
      expectedId: 'gesprek',
      register: TEST_REGISTER,
    })
    expect(problems).toEqual([])
    const afweging = graph?.nodes.find((node) => node.id === 'afweging')
    const pins = afweging?.kind === 'scene' ? afweging.choices.map((c) => [c.id, c.pin]) : []
    expect(pins).toEqual([
      ['samen', 'first'],
      ['twijfel', undefined],
      ['terug', 'last'],
    ])
  })

  it('reports a pin other than first or last at the attribute, and names the allowed values', () => {
    const source = read('valid/demo/gesprek.mdx').replace(
      '<Choice id="terug" to="gesprek">',
      '<Choice id="terug" to="gesprek" pin="onderaan">',
    )
    const { problems, graph } = validateDilemmaSource(source, {
      file: 'g.mdx',
      expectedId: 'gesprek',
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'invalid-attribute', line: 54 }])
    expect(problems[0]?.message).toContain('pin="onderaan"')
    expect(problems[0]?.message).toContain('one of first, last')
    expect(graph).toBeUndefined()
  })

  it('reports a pin on a component that has none', () => {
    const source = read('valid/demo/gesprek.mdx').replace('<Scene id="afweging"', '<Scene pin="last" id="afweging"')
    const { problems } = validateDilemmaSource(source, {
      file: 'g.mdx',
      expectedId: 'gesprek',
      register: TEST_REGISTER,
    })
    expect(problems.map((p) => p.code)).toEqual(['invalid-attribute'])
    expect(problems[0]?.message).toContain("has no attribute 'pin'")
  })

  it('reports a scene where when/unless rule out every choice', () => {
    const source = read('problems/no-ending-reachable.mdx')
      .replace('id: no-ending-reachable', 'id: vast')
      .replace('<Choice id="nog-eens" to="rondje">', '<Choice id="nog-eens" to="einde" unless="twijfel">')
      .replace('<Choice id="twijfelen" to="rondje">', '<Choice id="twijfelen" to="rondje" set="twijfel">')
    const { problems } = validateDilemmaSource(source, {
      file: 'vast.mdx',
      expectedId: 'vast',
      register: TEST_REGISTER,
    })
    // The stuck scene, and its cause: the one way out is ruled out on every route there.
    expect(problems).toMatchObject([
      { code: 'no-ending-reachable', line: 18 },
      { code: 'never-offered', line: 21 },
    ])
    expect(problems[0]?.message).toContain('offers no choice when flags twijfel are set')
  })

  it('checks references against the real register by default', () => {
    const { problems } = validateFixture('unknown-vuistregel', undefined)
    expect(problems.map((p) => p.code)).toEqual(['unknown-vuistregel'])
  })

  it('does not take inherited object keys for register entries', () => {
    const source = read('problems/unknown-law-ref.mdx').replace('law="wmo2015" article="9.9.9"', 'law="constructor"')
    const { problems } = validateDilemmaSource(source, { file: 'x.mdx', expectedId: 'unknown-law-ref' })
    expect(problems.map((p) => p.code)).toEqual(['unknown-law-ref'])
  })

  it('turns an unexpected failure into a problem instead of throwing', () => {
    const throwing = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('register exploded')
        },
      },
    )
    const register = { ...TEST_REGISTER, vuistregels: throwing }
    const { problems } = validateFixture('unknown-vuistregel', register)
    expect(problems).toEqual([
      {
        code: 'unexpected-error',
        message: 'The checker failed on this file: register exploded',
        file: 'unknown-vuistregel.mdx',
        line: 1,
        column: 1,
      },
    ])
  })
})

describe('raw HTML and links', () => {
  const withBody = (prose: string) =>
    read('problems/html-not-allowed.mdx').replace("<script>alert('hallo')</script>", prose)
  const check = (prose: string) =>
    validateDilemmaSource(withBody(prose), { file: 'h.mdx', expectedId: 'html-not-allowed', register: TEST_REGISTER })
      .problems

  it('accepts the allowed tags and attributes, and safe links', () => {
    expect(check('<strong lang="nl">Let op</strong> en <a href="https://wetten.overheid.nl/">de wet</a>.')).toEqual([])
    expect(check('[Meer](https://example.org/uitleg) en [hier](#boven) en <a href="mailto:a@b.nl">mail</a>.')).toEqual(
      [],
    )
  })

  it.each([
    ['<img src="x.png" />', '<img>'],
    ['<iframe title="x"></iframe>', '<iframe>'],
    ['<b onclick="alert(1)">klik</b>', 'event handlers'],
    ['<span style="color: red">rood</span>', "'style'"],
    ['<a href="javascript:alert(1)">klik</a>', 'javascript:'],
    ['<a href="java	script:alert(1)">klik</a>', 'script:'],
    ['<a href=" DATA:text/html;base64,PHNjcmlwdD4=">klik</a>', 'DATA:'],
    ['[klik](javascript:alert(1))', 'javascript:'],
    ['![plaatje](data:image/png;base64,AAAA)', 'data:'],
  ])('reports %s at its line', (prose, mentions) => {
    const problems = check(prose)
    expect(problems.map((p) => [p.code, p.line])).toEqual([['html-not-allowed', 14]])
    expect(problems[0]?.message).toContain(mentions)
  })
})

describe('choices that can never be offered', () => {
  const check = (source: string) =>
    validateDilemmaSource(source, { file: 'n.mdx', expectedId: 'never-offered', register: TEST_REGISTER }).problems

  it('accepts the choice once a route sets its flag before the scene, also through a cycle', () => {
    const source = read('problems/never-offered.mdx').replace(
      '<Choice id="terug" to="intro">',
      '<Choice id="terug" to="intro" set="vertrouwen">',
    )
    expect(check(source)).toEqual([])
  })

  it('reports an unless that every route to the scene has already ruled out', () => {
    const source = read('problems/never-offered.mdx')
      .replace('<Choice id="luisteren" to="gesprek">', '<Choice id="luisteren" to="gesprek" set="gehoord">')
      .replace('<Choice id="doorvragen" to="gesprek" when="vertrouwen">', '<Choice id="doorvragen" to="einde">')
      .replace(
        '<Choice id="afronden" to="einde" set="vertrouwen">',
        '<Choice id="afronden" to="einde" unless="gehoord">',
      )
      .replace('<Choice id="terug" to="intro">', '<Choice id="terug" to="intro" set="vertrouwen">')
    expect(check(source).map((p) => [p.code, p.line])).toEqual([['never-offered', 21]])
  })
})

describe('positions of problems in broken files', () => {
  const frontmatter = read('valid/demo/gesprek.mdx').split('---\n')[1] ?? ''
  const check = (source: string) =>
    validateDilemmaSource(source, { file: 'gesprek.mdx', expectedId: 'gesprek', register: TEST_REGISTER }).problems

  it('reports a tag left open at the end of the file at the tag itself', () => {
    const source = read('valid/demo/gesprek.mdx').replace(/<\/Ending>\s*$/, '\n')
    const lastEnding = source.split('\n').findLastIndex((line) => line.startsWith('<Ending')) + 1
    const problems = check(source)
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['mdx-syntax', lastEnding, 1]])
    expect(problems[0]?.message).toContain('closing tag for `<Ending')
  })

  it('reports a YAML alias bomb as a frontmatter problem at the first alias', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)
    const bomb = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels].join('\n')
    const source = `---\n${frontmatter}${bomb}\n---\n\n<Scene id="intro">\nHoi.\n</Scene>\n`
    const problems = check(source).filter((p) => p.code !== 'no-choices' && p.code !== 'no-ending')
    const aliasLine = frontmatter.split('\n').length + 2
    expect(problems.map((p) => [p.code, p.line])).toEqual([['frontmatter', aliasLine]])
    expect(problems[0]?.message).toContain('aliases')
  })

  it.each([
    ['JSX elements', 1, (n: number) => `<Scene id="intro">\n${'<b>'.repeat(n)}x${'</b>'.repeat(n)}\n</Scene>`],
    ['block quotes', 2, (n: number) => `<Scene id="intro">\n\n${'> '.repeat(n)}x\n\n</Scene>`],
  ])(
    'reports 10,000 nested %s as a problem, not a stack overflow',
    (_, below, body) => {
      const source = `---\n${frontmatter}---\n\n${body(10_000)}\n`
      const sceneLine = source.split('\n').indexOf('<Scene id="intro">') + 1
      const problems = check(source)
      expect(problems.map((p) => [p.code, p.line])).toEqual([['nesting-too-deep', sceneLine + below]])
      expect(problems[0]?.message).toContain('nested more than')
    },
    60_000,
  )

  it('reports frontmatter nested 10,000 levels deep as a frontmatter problem', () => {
    const source = `---\n${frontmatter}extra: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n\n<Scene id="intro">\nHoi.\n</Scene>\n`
    const problems = check(source).filter((p) => p.code === 'frontmatter' || p.code === 'unexpected-error')
    expect(problems.map((p) => p.code)).toEqual(['frontmatter'])
    expect(problems[0]?.message).toContain('nested too deeply')
    expect(problems[0]?.message).not.toContain('call stack')
  }, 60_000)
})

describe('validateCaseSource', () => {
  const gesprek = validateDilemmaSource(read('valid/demo/gesprek.mdx'), {
    file: 'gesprek.mdx',
    expectedId: 'gesprek',
    register: TEST_REGISTER,
  }).frontmatter
  const dilemmas = new Map([['gesprek', gesprek]])

  it('accepts the valid case, whose planned spoke needs no file', () => {
    const result = validateCaseSource(read('valid/demo/case.mdx'), {
      file: 'case.mdx',
      expectedId: 'demo',
      dilemmas,
      register: TEST_REGISTER,
    })
    expect(result.problems).toEqual([])
    expect(result.frontmatter?.spokes.map((spoke) => spoke.dilemma)).toEqual(['gesprek', 'school'])
  })

  it('reports a spoke naming a missing dilemma at that spoke', () => {
    const { problems } = validateCaseSource(read('cases/missing-dilemma/case.mdx'), {
      file: 'case.mdx',
      expectedId: 'missing-dilemma',
      dilemmas,
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'missing-dilemma', line: 9 }])
    expect(problems[0]?.message).toContain("'school'")
  })

  it('reports a spoke whose domain differs from its dilemma', () => {
    const { problems } = validateCaseSource(read('cases/spoke-mismatch/case.mdx'), {
      file: 'case.mdx',
      expectedId: 'spoke-mismatch',
      dilemmas,
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'spoke-mismatch', line: 8 }])
    expect(problems[0]?.message).toContain("'zorg'")
  })

  it('refuses graph components in the case introduction and unknown references', () => {
    const source = `${read('valid/demo/case.mdx')}\n<Scene id="los">Tekst</Scene>\n\n<Term id="onbekend">x</Term>\n`
    const { problems } = validateCaseSource(source, {
      file: 'case.mdx',
      expectedId: 'demo',
      dilemmas,
      register: TEST_REGISTER,
    })
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['misplaced-component', 17],
      ['unknown-term', 19],
    ])
    expect(problems[0]?.message).toContain('los')
  })

  it('reports duplicate member ids at the second one', () => {
    const source = read('valid/demo/case.mdx').replace('id: noor, name: Noor', 'id: ilse, name: Noor')
    const { problems } = validateCaseSource(source, {
      file: 'case.mdx',
      expectedId: 'demo',
      dilemmas,
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'frontmatter', line: 7 }])
    expect(problems[0]?.message).toContain("member 'ilse' is listed twice")
  })

  it('requires the case id to equal the folder name', () => {
    const { problems } = validateCaseSource(read('valid/demo/case.mdx'), {
      file: 'case.mdx',
      expectedId: 'andere',
      dilemmas,
      register: TEST_REGISTER,
    })
    expect(problems).toMatchObject([{ code: 'frontmatter', line: 2 }])
    expect(problems[0]?.message).toContain("'andere'")
  })
})
