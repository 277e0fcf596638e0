import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { useId } from 'react'

// A horizontal bar chart drawn as plain SVG on the server with visx (no client JavaScript), always paired with a
// table that holds the same numbers: the table is the text alternative, the chart an aid for sighted readers.
// Bars carry their value as text, so nothing depends on colour.

/** `note` replaces the number as text (e.g. "12 (40%)"); `hidden` draws no bar (a suppressed value). */
export type BarDatum = { label: string; value: number; note?: string; hidden?: boolean }

export function BarChart({
  title,
  data,
  format = (value: number) => value.toLocaleString('nl-NL'),
  valueHeading = 'Aantal',
  large = false,
  tableId,
}: {
  title: string
  data: BarDatum[]
  format?: (value: number) => string
  valueHeading?: string
  /** Bigger type and bars, for a projector. */
  large?: boolean
  /** The id of a table elsewhere on the page with these numbers; then the chart draws no table of its own. */
  tableId?: string
}) {
  const id = useId()
  const rowHeight = large ? 56 : 36
  const labelWidth = large ? 420 : 300
  const width = 900
  const height = Math.max(rowHeight, data.length * rowHeight)
  const max = Math.max(1, ...data.map((d) => d.value))
  const x = scaleLinear<number>({ domain: [0, max], range: [0, width - labelWidth - 90], nice: true })
  const y = scaleBand<string>({ domain: data.map((_, i) => String(i)), range: [0, height], padding: 0.25 })
  const fontSize = large ? 22 : 15
  const shown = (d: BarDatum) => d.note ?? format(d.value)
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-3xl"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={tableId ?? `${id}-table`}
      >
        <title>{title}</title>
        {data.map((d, i) => {
          const top = y(String(i)) ?? 0
          const barWidth = d.hidden ? 0 : x(d.value)
          const label = d.label.length > 48 ? `${d.label.slice(0, 46)}…` : d.label
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; the order is fixed per render
            <Group key={`${d.label}-${i}`} top={top}>
              <text x={0} y={y.bandwidth() / 2} dy="0.35em" fontSize={fontSize} fill="#1b2330">
                {label}
              </text>
              <Bar x={labelWidth} y={0} width={barWidth} height={y.bandwidth()} fill="#1d4f91" rx={3} />
              <text x={labelWidth + barWidth + 8} y={y.bandwidth() / 2} dy="0.35em" fontSize={fontSize} fill="#1b2330">
                {shown(d)}
              </text>
            </Group>
          )
        })}
      </svg>
      {tableId ? null : (
        <table id={`${id}-table`} className="w-full max-w-3xl border-collapse text-left">
          <caption className="sr-only">{title}: de cijfers</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-4">
                Onderdeel
              </th>
              <th scope="col" className="py-1">
                {valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; the order is fixed per render
              <tr key={`${d.label}-${i}`} className="border-b border-line">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {d.label}
                </th>
                <td className="py-1">{shown(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  )
}
