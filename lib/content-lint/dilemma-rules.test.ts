import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { opener } from './dilemma-rules'
import { type Finding, type LintContext, lintScenarioText } from './lint'

// The content rules of ADR 024 on a fixture dilemma that passes them all (tests/fixtures/scenarios/lint/schoon.mdx),
// and on variants of it that each break one rule. Line numbers are those of the fixture file.

const FIXTURE = readFileSync(path.resolve('tests/fixtures/scenarios/lint/schoon.mdx'), 'utf8')
const context: LintContext = { hardWords: [], seeds: { status: 'absent', directory: '/nowhere' } }
const RULE_CODES = new Set([
  'feedback-without-lawref',
  'few-statutes',
  'passend-longest',
  'passend-shortest',
  'verdict-opener',
  'repeated-opener',
  'missing-docent',
  'missing-reflectie',
])

function lint(source: string): Finding[] {
  return lintScenarioText(source, 'scenarios/test/schoon.mdx', context).findings.filter((f) => RULE_CODES.has(f.code))
}
const summary = (findings: Finding[]) => findings.map((f) => `${f.line} ${f.severity} ${f.code}`)

function variant(...replacements: [string, string][]): string {
  return replacements.reduce((source, [from, to]) => {
    if (!source.includes(from)) throw new Error(`fixture does not contain ${from}`)
    return source.replaceAll(from, to)
  }, FIXTURE)
}

it('finds nothing in a dilemma that follows every rule', () => {
  expect(lintScenarioText(FIXTURE, 'scenarios/test/schoon.mdx', context).findings).toEqual([])
})

describe('legal references in feedback', () => {
  it('reports a graded feedback with only a vuistregel at the feedback', () => {
    const findings = lint(variant(['<LawRef law="avg" article="9" />', '<Vuistregel id="vertrouwen-1" />']))
    expect(summary(findings)).toEqual(['77 error feedback-without-lawref'])
    expect(findings[0]?.message).toContain("Choice 'dossier'")
  })

  it('warns, naming the dilemma, when fewer than half of the graded feedbacks cite a statute', () => {
    const findings = lint(
      variant(
        ['<LawRef law="avg" article="5" />', '<LawRef law="handreiking" article="toestemming" />'],
        ['<LawRef law="avg" article="6" />', '<LawRef law="handreiking" article="toestemming" />'],
      ),
    )
    // 2 of 8 cite a statute (avg 9, wgbo): the handreiking is guidance.
    expect(summary(findings)).toEqual(['1 warning few-statutes'])
    expect(findings[0]?.message).toContain("Dilemma 'schoon': only 2 of 8")
  })

  it('counts exactly half as enough', () => {
    const findings = lint(
      variant(
        ['<LawRef law="handreiking" article="toestemming" />', '<LawRef law="uavg" article="5" />'],
        ['<LawRef law="avg" article="5" />', '<LawRef law="handreiking" article="toestemming" />'],
      ),
    )
    // avg 6, uavg 5, avg 9 and wgbo: 4 of 8.
    expect(findings).toEqual([])
  })
})

describe('length tells', () => {
  it('accepts a passend longest option in one of three decision points', () => {
    expect(lint(FIXTURE)).toEqual([])
  })

  it('reports a passend longest option in two of three decision points, at the first of them', () => {
    const findings = lint(
      variant(['Vraag Ilse wat ze zelf wil.', 'Vraag Ilse rustig wat ze zelf wil en wat ze van jou verwacht.']),
    )
    expect(summary(findings)).toEqual(['27 error passend-longest'])
    expect(findings[0]?.message).toContain('2 of 3 decision points (67 %; at most 40 %)')
    expect(findings[0]?.message).toContain("'intro', 'delen'")
  })

  it('does not count a tie as the longest', () => {
    // 'school' has 55 visible characters: one more makes the passend choice the longest, the same is a tie.
    const longer = lint(
      variant(['Vraag Ilse wat ze zelf wil.', 'Vraag Ilse rustig wat ze zelf wil en wat ze nu verwacht.']),
    )
    expect(summary(longer)).toEqual(['27 error passend-longest'])
    const tie = 'Vraag Ilse, rustig, wat ze zelf wil en wat ze verwacht.'
    expect(tie.length).toBe(55)
    const tied = lint(variant(['Vraag Ilse wat ze zelf wil.', tie]))
    expect(tied).toEqual([])
  })

  it('counts visible characters: markup and extra spaces do not make a choice longer', () => {
    const findings = lint(variant(['Vraag Ilse wat ze zelf wil.', 'Vraag   **Ilse**   wat ze zelf wil.']))
    expect(findings).toEqual([])
  })

  it('warns when a passend option is the shortest in most decision points', () => {
    const findings = lint(
      variant(
        ['Vraag Ilse wat ze zelf wil.', 'Vraag.'],
        ['Deel alleen wat nodig is voor het doel, met haar toestemming.', 'Deel het nodige.'],
      ),
    )
    expect(summary(findings)).toEqual(['27 warning passend-shortest'])
  })
})

describe('feedback openers', () => {
  it('reports a feedback that opens with the verdict', () => {
    const findings = lint(variant(['Ilse weet het beste wat er speelt.', 'Goed. Ilse weet het beste wat er speelt.']))
    expect(summary(findings)).toEqual(['33 error verdict-opener'])
  })

  it.each(['Fout:', 'Helaas,', 'Goed dat je vraagt.', 'Juist!', 'Klopt.'])('reports the opener "%s"', (start) => {
    const findings = lint(variant(['Dat kan later nodig zijn.', `${start} Dat kan later nodig zijn.`]))
    expect(summary(findings)).toEqual(['43 error verdict-opener'])
  })

  it('accepts a verdict word that does not stand alone', () => {
    expect(lint(variant(['Dat kan later nodig zijn.', 'Juist nu kan het later nodig zijn.']))).toEqual([])
  })

  it('reports an opener word that starts more than a quarter of the passend feedbacks', () => {
    const findings = lint(
      variant(
        ['Ilse weet het beste wat er speelt.', 'Zo begin je bij Ilse.'],
        ['De feiten helpen een collega later het meest.', 'Zo help je een collega later het meest.'],
      ),
    )
    expect(summary(findings)).toEqual(['33 error repeated-opener'])
    expect(findings[0]?.message).toContain('3 of 3 passend feedbacks start with "zo"')
  })

  it('reads the first word past punctuation and markup', () => {
    expect(opener('“Goed,” zegt ze.')).toEqual({ word: 'goed', alone: true })
    expect(opener('Juist omdat het kan.')).toEqual({ word: 'juist', alone: false })
  })
})

describe('docent material', () => {
  it('warns when a dilemma has no docent block or reflection question', () => {
    const start = FIXTURE.indexOf('docent:')
    const end = FIXTURE.indexOf('---', start)
    const findings = lint(FIXTURE.slice(0, start) + FIXTURE.slice(end))
    expect(summary(findings)).toEqual(['1 warning missing-docent', '1 warning missing-reflectie'])
  })
})
