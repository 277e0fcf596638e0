import type { Inventory, InventoryModel } from './inventory'

// Every personal-data column must be covered by the learner's export ("Mijn gegevens", art. 15/20) and by erasure
// (art. 17). The export and erasure modules declare what they cover (lib/accounts/my-data-fields.ts,
// lib/accounts/erasure-fields.ts) and use those lists themselves; this compares them with the inventory.

export type CoverageDeclarations = {
  exported: Record<string, readonly string[]>
  withheld: Record<string, Record<string, string>>
  erasureSteps: Record<string, readonly string[]>
  keptAfterErasure: Record<string, { fields: readonly string[] }>
}

export type Erasure = 'deleted' | 'anonymised' | 'step' | 'kept' | 'none'

/**
 * How erasing a user reaches a model through the schema's relations: the user row itself is deleted, a row that
 * cascades from a deleted row is deleted, a SetNull link to the user (or a cascade from an anonymised row) anonymises.
 */
export function erasureByRelation(inventory: Inventory): Map<string, 'deleted' | 'anonymised'> {
  const result = new Map<string, 'deleted' | 'anonymised'>([['User', 'deleted']])
  const byName = new Map(inventory.models.map((m) => [m.name, m]))
  const resolve = (model: InventoryModel, seen: Set<string>): 'deleted' | 'anonymised' | undefined => {
    const known = result.get(model.name)
    if (known) return known
    let found: 'deleted' | 'anonymised' | undefined
    for (const relation of model.relations) {
      if (relation.fields.length === 0 || seen.has(relation.target)) continue
      const target = byName.get(relation.target)
      const parent = target && resolve(target, new Set([...seen, model.name]))
      if (!parent) continue
      const mode =
        relation.onDelete === 'Cascade'
          ? parent
          : relation.onDelete === 'SetNull' && relation.target === 'User'
            ? 'anonymised'
            : undefined
      if (mode === 'deleted') return 'deleted'
      if (mode === 'anonymised') found = 'anonymised'
    }
    return found
  }
  for (const model of inventory.models) {
    const mode = resolve(model, new Set())
    if (mode) result.set(model.name, mode)
  }
  return result
}

/** The foreign-key columns that link a model directly to a user: the export is selected by them. */
function userKeys(model: InventoryModel): Set<string> {
  return new Set(model.relations.filter((r) => r.target === 'User').flatMap((r) => r.fields))
}

export function erasureOf(inventory: Inventory, d: CoverageDeclarations, model: string, field: string): Erasure {
  if (d.erasureSteps[model]?.includes(field)) return 'step'
  if (d.keptAfterErasure[model]?.fields.includes(field)) return 'kept'
  return erasureByRelation(inventory).get(model) ?? 'none'
}

export function checkCoverage(inventory: Inventory, d: CoverageDeclarations): string[] {
  const errors: string[] = []
  const relational = erasureByRelation(inventory)
  const fieldsOf = new Map(inventory.models.map((m) => [m.name, new Set(m.columns)]))
  for (const model of inventory.models) {
    const keys = userKeys(model)
    for (const field of model.fields) {
      if (!field.entry.personal) continue
      const where = `${model.name}.${field.name}`
      const exported =
        keys.has(field.name) ||
        d.exported[model.name]?.includes(field.name) ||
        d.withheld[model.name]?.[field.name] !== undefined
      if (!exported) {
        errors.push(
          `${where} is personal data but not in the learner's export: add it to EXPORTED_FIELDS (or WITHHELD_FIELDS with a reason) in lib/accounts/my-data-fields.ts`,
        )
      }
      const erased =
        relational.has(model.name) ||
        d.erasureSteps[model.name]?.includes(field.name) ||
        d.keptAfterErasure[model.name]?.fields.includes(field.name)
      if (!erased) {
        errors.push(
          `${where} is personal data but erasing an account does not reach it: link the model to User (onDelete Cascade or SetNull) or add an erasure step in lib/accounts/erasure-fields.ts`,
        )
      }
    }
  }
  // A declaration naming a column the schema does not have is a mistake too (a renamed field).
  const lists: [string, Record<string, readonly string[]>][] = [
    ['EXPORTED_FIELDS', d.exported],
    ['WITHHELD_FIELDS', Object.fromEntries(Object.entries(d.withheld).map(([m, f]) => [m, Object.keys(f)]))],
    ['ERASURE_STEPS', d.erasureSteps],
    ['KEPT_AFTER_ERASURE', Object.fromEntries(Object.entries(d.keptAfterErasure).map(([m, k]) => [m, k.fields]))],
  ]
  for (const [list, declared] of lists) {
    for (const [model, fields] of Object.entries(declared)) {
      for (const field of fields) {
        if (!fieldsOf.get(model)?.has(field))
          errors.push(`${list} names ${model}.${field}, which the schema does not have`)
      }
    }
  }
  return errors
}
