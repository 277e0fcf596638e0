import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { renderPrivacyDocs } from './documents'
import { MEASURES } from './measures'
import { DECLARATIONS, loadInventory } from './schema-inventory'

const root = process.cwd()

test('docs/privacy/ is exactly what npm run privacy:docs writes (run it after changing the schema or the inventory)', () => {
  const docs = renderPrivacyDocs(loadInventory(root), DECLARATIONS, root)
  expect(readdirSync('docs/privacy').sort()).toEqual(Object.keys(docs).sort())
  for (const [name, text] of Object.entries(docs)) {
    expect(readFileSync(`docs/privacy/${name}`, 'utf8'), `docs/privacy/${name} is out of date`).toBe(text)
  }
  // Deterministic: a second run gives the same text.
  expect(renderPrivacyDocs(loadInventory(root), DECLARATIONS, root)).toEqual(docs)
})

test('the measures annex refuses a measure whose test file is missing', () => {
  MEASURES.push({ title: 'Test', text: 'x', code: [], tests: ['tests/integration/does-not-exist.test.ts'] })
  try {
    expect(() => renderPrivacyDocs(loadInventory(root), DECLARATIONS, root)).toThrow(
      'tests/integration/does-not-exist.test.ts',
    )
  } finally {
    MEASURES.pop()
  }
})

test('the DPIA follows the model DPIA’s parts and marks what only the organisation can fill in', () => {
  const { 'dpia.md': dpia = '' } = renderPrivacyDocs(loadInventory(root), DECLARATIONS, root)
  for (const heading of [
    'Deel A. Beschrijving',
    '4. Verwerkingsdoeleinden',
    '10. Rechtsgrond',
    '13. Noodzaak en evenredigheid',
    'Deel C. Beschrijving en beoordeling risico’s',
    'Deel D. Beschrijving voorgenomen maatregelen',
  ]) {
    expect(dpia).toContain(heading)
  }
  expect(dpia).toContain('[In te vullen door de organisatie]')
})
