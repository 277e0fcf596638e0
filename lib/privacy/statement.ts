import type { Inventory } from './inventory'
import { MODEL_LABELS } from './labels'
import { RETENTION_RULES, type RetentionContext } from './retention-rules'
import { AUDIENCES, type Audience, PURPOSES } from './vocabulary'

// The privacy statement's table (/privacy): one row per table that holds personal data, read from the inventory, so
// the page says what the database really stores, why, who sees it and how long.

export type StatementRow = { model: string; what: string; why: string[]; who: string; howLong: string[] }

const unique = <T>(values: T[]) => [...new Set(values)]

export function statementRows(inventory: Inventory, context: RetentionContext): StatementRow[] {
  return inventory.models.flatMap((model) => {
    const personal = model.fields.filter((f) => f.entry.personal)
    if (personal.length === 0) return []
    const seen = unique(personal.flatMap((f) => f.entry.seen ?? []))
    const someone = seen.filter((a) => a !== 'nobody')
    return [
      {
        model: model.name,
        what: MODEL_LABELS[model.name] ?? model.name,
        why: unique(personal.map((f) => PURPOSES[f.entry.purpose])),
        who: (someone.length > 0 ? someone : seen).map((a: Audience) => AUDIENCES[a]).join(', '),
        howLong: unique(personal.map((f) => RETENTION_RULES[f.entry.keep].text(context))),
      },
    ]
  })
}
