import { ScrollRegion } from './scroll-region'

// A plain, accessible data table: a caption for screen readers and column headers with scope. Rows come as children.
export function DataTable({
  caption,
  columns,
  children,
  className = '',
}: {
  caption: string
  columns: string[]
  children: React.ReactNode
  className?: string
}) {
  const captionId = `tabel-${caption.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  // On a phone a wide table scrolls sideways in its own named region, never the page.
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className={`w-full border-collapse text-left ${className}`}>
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-line">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  )
}
