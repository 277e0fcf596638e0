import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ERASURE_STEPS, KEPT_AFTER_ERASURE } from '@/lib/accounts/erasure-fields'
import { EXPORTED_FIELDS, WITHHELD_FIELDS } from '@/lib/accounts/my-data-fields'
import { type CoverageDeclarations, checkCoverage } from './coverage'
import { type Inventory, parseInventory } from './inventory'
import { MODEL_LABELS } from './labels'

// The project's own inventory: prisma/schema.prisma read with the export and erasure declarations. Used by the
// documents generator, the privacy statement, the retention test and the FG export.

export const DECLARATIONS: CoverageDeclarations = {
  exported: EXPORTED_FIELDS,
  withheld: WITHHELD_FIELDS,
  erasureSteps: ERASURE_STEPS,
  keptAfterErasure: KEPT_AFTER_ERASURE,
}

export function schemaPath(root = process.cwd()) {
  return path.join(root, 'prisma', 'schema.prisma')
}

/** The inventory and every problem with it (missing entries, unknown rules, uncovered personal data). */
export function checkSchemaText(schema: string): { inventory: Inventory; errors: string[] } {
  const { inventory, errors } = parseInventory(schema)
  const unlabelled = inventory.models
    .filter((m) => !MODEL_LABELS[m.name])
    .map((m) => `${m.name}: the model has no Dutch label in lib/privacy/labels.ts`)
  return { inventory, errors: [...errors, ...unlabelled, ...checkCoverage(inventory, DECLARATIONS)] }
}

/** The inventory of the schema on disk; throws with every problem when it is incomplete. */
export function loadInventory(root = process.cwd()): Inventory {
  const { inventory, errors } = checkSchemaText(readFileSync(schemaPath(root), 'utf8'))
  if (errors.length > 0) throw new Error(`The data inventory is incomplete:\n${errors.join('\n')}`)
  return inventory
}
