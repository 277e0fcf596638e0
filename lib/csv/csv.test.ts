import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('starts with a byte-order mark and round-trips quotes, separators and line breaks', () => {
    const csv = toCsv(
      ['Naam', 'Notitie'],
      [
        ['Zoë "Z" de Vries', 'een; twee,\ndrie'],
        ['Ëlif', null],
      ],
      'puntkomma',
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv, { bom: true, delimiter: ';' })
    expect(rows).toEqual([
      ['Naam', 'Notitie'],
      ['Zoë "Z" de Vries', 'een; twee,\ndrie'],
      ['Ëlif', ''],
    ])
  })
  it('uses commas by default', () => {
    expect(parse(toCsv(['a', 'b'], [[1, 2]]), { bom: true })).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })
  it('keeps a cell that looks like a formula as text', () => {
    const rows = parse(toCsv(['Naam'], [['=HYPERLINK("x")'], ['-1+1'], ['@SUM(A1)']]), { bom: true })
    expect(rows.slice(1).flat()).toEqual(['\'=HYPERLINK("x")', "'-1+1", "'@SUM(A1)"])
  })
  it('quotes every field in both separators, so a cell never splits into a formula in Dutch Excel', () => {
    for (const separator of ['komma', 'puntkomma'] as const) {
      const csv = toCsv(['Naam', 'Aantal'], [['Jan;=2+3;x', 3]], separator)
      const lines = csv.replace('\uFEFF', '').split('\r\n')
      const d = separator === 'komma' ? ',' : ';'
      expect(lines[0]).toBe(`"Naam"${d}"Aantal"`)
      expect(lines[1]).toBe(`"Jan;=2+3;x"${d}"3"`)
      // Read back with the other separator (what Excel with Dutch settings does): still one cell per field.
      const other = separator === 'komma' ? ';' : ','
      const rows = parse(csv, { bom: true, delimiter: other, relax_quotes: true })
      expect(rows[1]?.some((cell: string) => /^[=+\-@]/.test(cell))).toBe(false)
    }
  })
})
