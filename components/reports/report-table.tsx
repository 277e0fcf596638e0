import { ScrollRegion } from '@/components/ui/scroll-region'
import type { Cell, ReportTable } from '@/lib/reports/tables.server'

// A report table as an accessible HTML table: caption, column headers, first column as row headers.
export function ReportTableView({
  table,
  empty,
  percentColumns = [],
  id,
}: {
  table: ReportTable
  empty: string
  percentColumns?: number[]
  id?: string
}) {
  if (table.rows.length === 0) return <p className="text-muted">{empty}</p>
  const show = (cell: Cell, column: number) => {
    if (cell === null || cell === '') return '—'
    if (typeof cell === 'number') return percentColumns.includes(column) ? `${cell}%` : cell.toLocaleString('nl-NL')
    return cell
  }
  const captionId = `${id ?? `tabel-${table.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}-caption`
  return (
    // A wide table (the staff list has two columns per module) scrolls sideways in its own region.
    <ScrollRegion labelledBy={captionId}>
      <table id={id} className="w-full border-collapse text-left">
        <caption id={captionId} className="sr-only">
          {table.title}
        </caption>
        <thead>
          <tr className="border-b border-line align-bottom">
            {table.header.map((h) => (
              <th key={h} scope="col" className="py-2 pr-4">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their order is fixed per render
            <tr key={r} className="border-b border-line align-top">
              {row.map((cell, c) =>
                c === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <th key={c} scope="row" className="py-2 pr-4 font-medium">
                    {show(cell, c)}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <td key={c} className="py-2 pr-4">
                    {show(cell, c)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
