import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { HUB_BOX, NODE_BOX } from '@/components/levenswiel/geometry'
import { layoutFits, layoutLabel, textWidth, wrapWords } from '@/components/levenswiel/label-layout'

const nodeParts = (domain: string, professional: string) => [
  { text: domain, size: 15, minSize: 11, bold: true },
  { text: professional, size: 12, minSize: 10 },
]

test('words wrap greedily; a word longer than the width keeps a line of its own', () => {
  expect(wrapWords('Medewerker Veilig Thuis', 80, 12)).toEqual(['Medewerker', 'Veilig Thuis'])
  expect(wrapWords('Medewerker Veilig Thuis', 1000, 12)).toEqual(['Medewerker Veilig Thuis'])
  expect(wrapWords('Wijkteammedewerker', 10, 12)).toEqual(['Wijkteammedewerker'])
  expect(wrapWords('  ', 100, 12)).toEqual([])
})

test('wrapping is balanced, and a line break takes the place of a list separator', () => {
  // Greedy would give "Medewerker Veilig / Thuis".
  expect(wrapWords('Medewerker Veilig Thuis', 110, 12)).toEqual(['Medewerker', 'Veilig Thuis'])
  const names = wrapWords('Ilse · Erik · Lotte · Noor · Daan', 130, 14)
  expect(names.length).toBe(2)
  for (const line of names) expect(line).not.toMatch(/^·|·$/)
  expect(names.join(' · ')).toBe('Ilse · Erik · Lotte · Noor · Daan')
})

test('text width grows with length, size and weight', () => {
  expect(textWidth('Huisarts', 12)).toBeLessThan(textWidth('Huisartsen', 12))
  expect(textWidth('Huisarts', 12)).toBeLessThan(textWidth('Huisarts', 15))
  expect(textWidth('Huisarts', 12)).toBeLessThan(textWidth('Huisarts', 12, true))
})

test('a short label stays on one line per part at the preferred sizes', () => {
  const lines = layoutLabel(nodeParts('Gezondheid', 'Huisarts'), NODE_BOX)
  expect(lines.map((l) => [l.text, l.size])).toEqual([
    ['Gezondheid', 15],
    ['Huisarts', 12],
  ])
  expect(layoutFits(lines, NODE_BOX)).toBe(true)
  // Domain above profession, centred around the band's middle.
  expect(lines[0]?.y).toBeLessThan(lines[1]?.y ?? 0)
})

test('the labels that spilled over their circles now wrap inside them', () => {
  const veiligThuis = layoutLabel(nodeParts('Bescherming', 'Medewerker Veilig Thuis'), NODE_BOX)
  expect(veiligThuis.length).toBeGreaterThan(2)
  expect(layoutFits(veiligThuis, NODE_BOX)).toBe(true)
  const psychisch = layoutLabel(nodeParts('Psychische gezondheid', 'Psycholoog'), NODE_BOX)
  expect(psychisch.map((l) => l.text)).toEqual(['Psychische', 'gezondheid', 'Psycholoog'])
  expect(layoutFits(psychisch, NODE_BOX)).toBe(true)
})

test('a label too long for any layout is returned at the smallest size, and reported as not fitting', () => {
  const lines = layoutLabel(
    nodeParts('Een veel te lange omschrijving van een domein dat nergens in past', 'Medewerker'),
    NODE_BOX,
  )
  expect(lines.every((l) => l.size === (l.bold ? 11 : 10))).toBe(true)
  expect(layoutFits(lines, NODE_BOX)).toBe(false)
})

// Every spoke of every real case, and its hub, fits: read from each case.mdx so a new label or case is checked too.
const caseIds = readdirSync('scenarios', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`scenarios/${entry.name}/case.mdx`))
  .map((entry) => entry.name)

test('there are cases to check', () => {
  expect(caseIds).toEqual(expect.arrayContaining(['brouwer', 'kramer']))
})

for (const caseId of caseIds) {
  const caseSource = readFileSync(`scenarios/${caseId}/case.mdx`, 'utf8')
  const spokes = [...caseSource.matchAll(/domainLabel: ([^,]+), professional: [^,]+, professionalLabel: ([^}]+?) \}/g)]
  const title = caseSource.match(/^title: (.+)$/m)?.[1] ?? ''
  const names = [...caseSource.matchAll(/^ {2}- \{ id: [^,]+, name: ([^,]+),/gm)].map((m) => m[1] ?? '')

  test(`every spoke label of the ${caseId} case and its hub fit their circles`, () => {
    expect(spokes).toHaveLength(8)
    expect(names.length).toBeGreaterThan(0)
    for (const [, domain, professional] of spokes) {
      expect(layoutFits(layoutLabel(nodeParts(domain ?? '', professional ?? ''), NODE_BOX), NODE_BOX), domain).toBe(
        true,
      )
    }
    const hub = layoutLabel(
      [
        { text: title, size: 20, minSize: 14, bold: true },
        { text: names.join(' · '), size: 14, minSize: 11 },
      ],
      HUB_BOX,
    )
    expect(layoutFits(hub, HUB_BOX), title).toBe(true)
  })
}
