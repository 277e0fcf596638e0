import { RETENTION_RULES, type RetentionRuleId } from './retention-rules'
import {
  AUDIENCES,
  type Audience,
  CATEGORIES,
  type Category,
  GROUNDS,
  type Ground,
  PURPOSES,
  type Purpose,
} from './vocabulary'

// The data inventory, read from the `/// @avg …` doc comments of prisma/schema.prisma (format:
// docs/decisions/028-data-inventory.md). A model's entry gives the defaults of its fields; every column (scalar field)
// has its own entry, at least `/// @avg no` (not personal data) or `/// @avg pd=<category>`. Relation fields are not
// columns and carry none: their foreign key column does. Pure text in, data out, so the check runs without a database.

export type Entry = {
  personal: boolean
  category?: Category
  purpose?: Purpose
  ground?: Ground
  seen?: Audience[]
  keep?: RetentionRuleId
}

export type InventoryField = {
  model: string
  name: string
  type: string
  optional: boolean
  entry: Required<Pick<Entry, 'personal' | 'purpose' | 'keep'>> & Omit<Entry, 'personal' | 'purpose' | 'keep'>
  /** The prose of the field's doc comment, without the @avg line. */
  doc: string
}

export type RelationField = { model: string; name: string; target: string; fields: string[]; onDelete?: string }

export type InventoryModel = {
  name: string
  entry: Entry
  doc: string
  fields: InventoryField[]
  /** Every column of the model, with or without a valid entry. */
  columns: string[]
  relations: RelationField[]
}

export type Inventory = { models: InventoryModel[] }

const TAG = '@avg'

function parseEntry(text: string, where: string, errors: string[]): Entry {
  const entry: Entry = { personal: false }
  for (const token of text.trim().split(/\s+/).filter(Boolean)) {
    if (token === 'no') continue
    const [key, value = ''] = token.split('=', 2) as [string, string?]
    const known = <T extends object>(table: T, v: string, what: string): v is Extract<keyof T, string> => {
      if (v in table) return true
      errors.push(`${where}: unknown ${what} '${v}' (one of: ${Object.keys(table).join(', ')})`)
      return false
    }
    if (key === 'pd') {
      entry.personal = true
      if (known(CATEGORIES, value, 'category')) entry.category = value
    } else if (key === 'purpose') {
      if (known(PURPOSES, value, 'purpose')) entry.purpose = value
    } else if (key === 'ground') {
      if (known(GROUNDS, value, 'legal ground')) entry.ground = value
    } else if (key === 'seen') {
      entry.seen = value.split(',').filter((v): v is Audience => known(AUDIENCES, v, 'audience'))
    } else if (key === 'keep') {
      if (value in RETENTION_RULES) entry.keep = value as RetentionRuleId
      else errors.push(`${where}: retention rule '${value}' does not exist (lib/privacy/retention-rules.ts)`)
    } else {
      errors.push(`${where}: unknown key '${key}' in '${TAG} ${text.trim()}'`)
    }
  }
  return entry
}

/** Splits doc comment lines into the @avg entry (if any) and the remaining prose. */
function splitDocs(docs: string[]): { avg?: string; prose: string } {
  const avg = docs.find((d) => d.startsWith(TAG))
  return {
    avg: avg === undefined ? undefined : avg.slice(TAG.length),
    prose: docs.filter((d) => !d.startsWith(TAG)).join(' '),
  }
}

export function parseInventory(schema: string): { inventory: Inventory; errors: string[] } {
  const errors: string[] = []
  const lines = schema.split('\n')
  const modelNames = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1] as string))
  const models: InventoryModel[] = []
  let docs: string[] = []
  let current: { model: InventoryModel; defaults: Entry } | undefined

  for (const raw of lines) {
    const line = raw.trim()
    if (line.startsWith('///')) {
      docs.push(line.slice(3).trim())
      continue
    }
    if (line.startsWith('//')) continue
    const modelStart = /^model (\w+) \{/.exec(line)
    if (modelStart) {
      const name = modelStart[1] as string
      const { avg, prose } = splitDocs(docs)
      if (avg === undefined) errors.push(`${name}: the model has no inventory entry (/// ${TAG} …)`)
      const entry = parseEntry(avg ?? '', name, errors)
      const model: InventoryModel = { name, entry, doc: prose, fields: [], columns: [], relations: [] }
      models.push(model)
      current = { model, defaults: entry }
      docs = []
      continue
    }
    if (line === '}') {
      current = undefined
      docs = []
      continue
    }
    if (!current || line === '' || line.startsWith('@@')) {
      if (line !== '') docs = []
      continue
    }
    const field = /^(\w+)\s+(\w+)(\[\]|\?)?/.exec(line)
    if (!field) continue
    const [, name = '', type = '', modifier] = field
    const where = `${current.model.name}.${name}`
    if (modelNames.has(type)) {
      const fields = /fields:\s*\[([^\]]*)\]/.exec(line)?.[1]
      current.model.relations.push({
        model: current.model.name,
        name,
        target: type,
        fields: fields ? fields.split(',').map((f) => f.trim()) : [],
        onDelete: /onDelete:\s*(\w+)/.exec(line)?.[1],
      })
      docs = []
      continue
    }
    const { avg, prose } = splitDocs(docs)
    docs = []
    current.model.columns.push(name)
    if (avg === undefined) {
      errors.push(`${where}: the field has no inventory entry (/// ${TAG} no, or /// ${TAG} pd=<category> …)`)
      continue
    }
    const own = parseEntry(avg, where, errors)
    const defaults = current.defaults
    const resolved = {
      personal: own.personal,
      category: own.category,
      purpose: own.purpose ?? defaults.purpose,
      ground: own.ground ?? defaults.ground,
      seen: own.seen ?? defaults.seen,
      keep: own.keep ?? defaults.keep,
    }
    const missing: string[] = (['purpose', 'keep'] as const).filter((k) => !resolved[k])
    if (resolved.personal) missing.push(...(['ground', 'seen'] as const).filter((k) => !resolved[k]))
    if (missing.length > 0) {
      errors.push(`${where}: the entry lacks ${missing.join(', ')} (on the field or the model)`)
      continue
    }
    if (resolved.personal && resolved.keep === 'none') {
      errors.push(`${where}: personal data needs a retention rule other than 'none'`)
    }
    current.model.fields.push({
      model: current.model.name,
      name,
      type,
      optional: modifier === '?',
      entry: resolved as InventoryField['entry'],
      doc: prose,
    })
  }
  return { inventory: { models }, errors }
}

export function personalFields(inventory: Inventory): InventoryField[] {
  return inventory.models.flatMap((m) => m.fields.filter((f) => f.entry.personal))
}
