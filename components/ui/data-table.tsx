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
  return (
    <table className={`w-full border-collapse text-left ${className}`}>
      <caption className="sr-only">{caption}</caption>
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
  )
}
