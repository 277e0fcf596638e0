import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { CATALOG_PATH, CATALOG_VERSION, type Catalog, type CatalogCase, type CatalogDilemma } from './catalog'

// The app's read access to the scenarios: the catalog that `npm run scenarios:build` generated.

export class CatalogUnavailableError extends Error {}

let memo: { mtimeMs: number; catalog: Catalog } | undefined

function catalogFile(): string {
  // Read at run time from the build output; not a bundling dependency.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), CATALOG_PATH)
}

/**
 * The catalog, read once and kept. A rebuild (a newer file) is picked up on the next call, so an author can rebuild
 * while `npm run dev` runs; checking the modification time costs one stat per call.
 */
export function getCatalog(): Catalog {
  const file = catalogFile()
  let mtimeMs: number
  try {
    mtimeMs = statSync(file).mtimeMs
  } catch {
    throw new CatalogUnavailableError(
      `The scenario catalog ${CATALOG_PATH} does not exist; run \`npm run scenarios:build\``,
    )
  }
  if (memo?.mtimeMs === mtimeMs) return memo.catalog
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as Catalog
  if (catalog.version !== CATALOG_VERSION) {
    throw new CatalogUnavailableError(
      `The scenario catalog ${CATALOG_PATH} was made by another version of the build; run \`npm run scenarios:build\``,
    )
  }
  memo = { mtimeMs, catalog }
  return catalog
}

export function getCase(caseId: string): CatalogCase | undefined {
  return getCatalog().cases.find((item) => item.id === caseId)
}

export function getDilemma(caseId: string, dilemmaId: string): CatalogDilemma | undefined {
  return getCase(caseId)?.dilemmas.find((dilemma) => dilemma.id === dilemmaId)
}
