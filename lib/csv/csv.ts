import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'

// CSV for Dutch spreadsheets. UTF-8 with a byte-order mark, so Excel reads é and ë right; a semicolon separator on
// request, because Excel with Dutch regional settings expects it. Writing is left to csv-stringify (quoting, line
// breaks inside cells); this module adds the Dutch defaults and formula-injection protection.
// Every field is quoted, whatever the separator: Excel may open a comma file with its regional semicolon, and then an
// unquoted "Jan;=2+3;x" splits into a cell "=2+3" that runs as a formula. A quoted field stays one cell either way.

export const separatorSchema = z.enum(['komma', 'puntkomma']).catch('komma')
export type Separator = z.infer<typeof separatorSchema>

type Cell = string | number | null | undefined

/** A cell starting with = + - @ (or tab/CR) would run as a formula in Excel; a leading apostrophe keeps it text. */
function defuse(cell: Cell): string | number {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return cell
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  separator: Separator = 'komma',
): string {
  return stringify([header.map(defuse), ...rows.map((row) => row.map(defuse))], {
    bom: true,
    quoted: true,
    quoted_empty: true,
    cast: { number: (value) => String(value) },
    delimiter: separator === 'puntkomma' ? ';' : ',',
    record_delimiter: 'windows',
  })
}

/** A download response; the file name is ASCII-safe and carries the date. */
export function csvResponse(csv: string, baseName: string): Response {
  const safe =
    baseName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-|-$/g, '') || 'export'
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${safe}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
