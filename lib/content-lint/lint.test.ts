import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { activeHardWords, HARD_WORDS, termWords } from './hard-words'
import {
  errorCount,
  type Finding,
  formatFinding,
  formatLintResult,
  type LintContext,
  lintPaths,
  lintScenarioText,
} from './lint'
import { buildShingleIndex, loadSeeds } from './shingles'

// Fixture dilemmas as strings, validated by the scenario engine and then linted. Line numbers in the
// expectations are those of the fixture text, frontmatter included.

const SEED =
  'Ondanks dat er veel ruimte is om informatie te delen, zijn er veel vragen en onzekerheden bij professionals over wanneer en hoe zij informatie mogen delen.'

const hardWords = activeHardWords(HARD_WORDS, termWords({ verwerken: { term: 'verwerken' } }))
const absent: LintContext = { hardWords, seeds: { status: 'absent', directory: '/nowhere/seeds' } }
const withSeeds: LintContext = {
  hardWords,
  seeds: {
    status: 'loaded',
    directory: '/seeds',
    files: 1,
    index: buildShingleIndex([{ name: 'bron.txt', text: SEED }]),
  },
}

function dilemma(body: string): string {
  return `---
id: test
title: Test
professional: huisarts
domain: gezondheid
minutes: 5
themes: [toestemming]
summary: Een test.
---

${body}

<Ending id="einde" outcome="passend" title="Einde">
Klaar.
</Ending>
`
}

// The docent-material warnings have their own tests (dilemma-rules.test.ts); these fixtures have no frontmatter for it.
const MATERIAL = new Set(['missing-docent', 'missing-reflectie'])
function lint(body: string, context = absent) {
  const report = lintScenarioText(dilemma(body), 'scenarios/test/test.mdx', context)
  return { ...report, findings: report.findings.filter((f) => !MATERIAL.has(f.code)) }
}
const codes = (findings: readonly Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.code}`)

describe('hard rules from the engine', () => {
  it('reports a scored choice without feedback as an error', () => {
    const report = lint(`<Scene id="start">
Wat doe je?

<Choice id="bellen" to="einde" quality="passend">
Bel Veilig Thuis.
</Choice>
</Scene>`)
    expect(codes(report.findings)).toEqual(['14:1 error missing-feedback'])
  })

  it('reports references that are not in the register as errors', () => {
    const report = lint(`<Scene id="start">
Lees dit over <Term id="bestaat-niet">iets</Term>.

<Choice id="verder" to="einde">
Verder.

<Feedback>
<LawRef law="avg" article="999" /> en <Vuistregel id="geen-regel" />
</Feedback>
</Choice>
</Scene>`)
    expect(codes(report.findings)).toEqual([
      '12:15 error unknown-term',
      '18:1 error unknown-law-ref',
      '18:39 error unknown-vuistregel',
    ])
  })

  it('leaves other engine problems to scenarios:check', () => {
    const report = lint(`<Scene id="start">
Wat doe je?

<Choice id="weg" to="nergens">Ga weg.</Choice>
</Scene>`)
    expect(report.findings).toEqual([])
  })

  it('reports invalid MDX as one error, without throwing', () => {
    const report = lint(`<Scene id="start">
Tekst met een <3 hart.
</Scene>`)
    expect(report.findings.map((f) => [f.severity, f.code])).toEqual([['error', 'mdx-syntax']])
    expect(report.stats.sentences).toBe(0)
  })
})

describe('style warnings', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `woord${i}`).join(' ')

  it('reports each sentence over 25 words where it starts', () => {
    const report = lint(`<Scene id="start">
Kort. ${words(26)}.

<Choice id="verder" to="einde">Verder</Choice>
</Scene>`)
    expect(codes(report.findings)).toEqual(['12:7 warning long-sentence'])
    expect(report.findings[0]?.message).toContain('26 words')
    // "Kort.", the long one, "Verder" and the ending's "Klaar.".
    expect(report.stats).toEqual({ sentences: 4, words: 29, long: 1, hardWords: 0 })
  })

  it('reports an average over 15 words once, at the top of the file', () => {
    const sentence = `${words(24)}.`
    const report = lint(`<Scene id="start">
${sentence} ${sentence}
${sentence} ${sentence}

<Choice id="verder" to="einde">Verder</Choice>
</Scene>`)
    expect(codes(report.findings)).toEqual(['1:1 warning average-sentence-length'])
    expect(report.findings[0]?.message).toContain('average 16.3 words')
  })

  it('reports hard words with their alternative, but not inside a Term or an attribute', () => {
    const report = lint(`<Scene id="start" title="Indien nodig">
Je belt
reeds de school. Je <Term id="toestemming">tracht</Term> het niet.

<Choice id="verder" to="einde">Verder</Choice>
</Scene>`)
    expect(codes(report.findings)).toEqual(['13:1 warning hard-word'])
    expect(report.findings[0]?.message).toBe('Hard word "reeds": write "al" instead (B1)')
    expect(report.stats.hardWords).toBe(1)
  })

  it('does not count frontmatter or code as prose', () => {
    const report = lint(`<Scene id="start">
Zie \`indien\` hier.

<Choice id="verder" to="einde">Verder</Choice>
</Scene>`)
    expect(report.findings).toEqual([])
    expect(report.stats.sentences).toBe(3)
  })

  it('formats warnings with a prefix', () => {
    const finding: Finding = { severity: 'warning', code: 'hard-word', message: 'm', file: 'f.mdx', line: 2, column: 3 }
    expect(formatFinding(finding)).toBe('warning: f.mdx:2:3  m [hard-word]')
    expect(formatFinding({ ...finding, severity: 'error' })).toBe('f.mdx:2:3  m [hard-word]')
  })
})

describe('copied text', () => {
  const copied = `<Scene id="start">
Je leest een rapport.

"Ondanks dat er veel RUIMTE is om informatie te delen zijn er veel vragen," zegt je collega.

<Choice id="verder" to="einde">Verder</Choice>
</Scene>`

  it('reports a run of 12 words shared with a seed file, where it starts', () => {
    const report = lint(copied, withSeeds)
    expect(codes(report.findings)).toEqual(['14:2 error copied-text'])
    expect(report.findings[0]?.message).toBe(
      'Copied text: 14 words in a row are the same as in seeds/bron.txt, starting "ondanks dat er veel ruimte is om informatie…"; write it in your own words',
    )
  })

  it('skips the check, and says so once, when the seeds folder is absent', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'deelwijs-lint-'))
    mkdirSync(path.join(directory, 'test'))
    const material =
      'reflectie: Wat neem je mee?\ndocent: { leerdoelen: [a, b], vragen: [a, b, c], werkvorm: { naam: a, minuten: 5, beschrijving: a }, juridisch: [a, b] }\n'
    writeFileSync(
      path.join(directory, 'test', 'test.mdx'),
      dilemma(copied).replace('summary: Een test.\n', `summary: Een test.\n${material}`),
    )
    const context: LintContext = { hardWords, seeds: loadSeeds(path.join(directory, 'no-seeds')) }
    const display = (file: string) => path.relative(directory, file)
    const result = lintPaths(['test', 'ontbreekt.mdx'], { cwd: directory, display, context })
    expect(formatLintResult(result, display)).toEqual([
      'Seeds folder no-seeds not found: skipping the copied-text check',
      "ontbreekt.mdx:1:1  'ontbreekt.mdx' does not exist [missing-file]",
      'test/test.mdx: 4 sentences, average 5.8 words, 0 over 25, 0 hard words',
      'Total: 1 file, 4 sentences, average 5.8 words, 0 over 25, 0 hard words; 1 error, 0 warnings',
    ])
    expect(errorCount(result)).toBe(1)
  })
})
