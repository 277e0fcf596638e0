import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { useId } from 'react'
import { textWidth } from '@/components/levenswiel/label-layout'
import { wrapLabel } from './wrap-label'

// A horizontal bar chart drawn as plain SVG on the server with visx (no client JavaScript), always paired with a
// table that holds the same numbers: the table is the text alternative, the chart an aid for sighted readers.
// Bars carry their value as text, so nothing depends on colour.
//
// Long labels wrap onto a second line and are cut off with "…" after that; every row carries its full label in an
// SVG <title> (a tooltip), and the table has it too. With no JavaScript the chart cannot measure the screen, so it is
// drawn twice: labels beside the bars from the sm breakpoint up, labels above the bars on narrow screens. The hidden
// one is display:none, so assistive technology meets only one.

/** `note` replaces the number as text (e.g. "12 (40%)"); `hidden` draws no bar (a suppressed value). */
export type BarDatum = { label: string; value: number; note?: string; hidden?: boolean }

type Layout = 'beside' | 'above'

const MAX_LINES = 2
/** Room kept free between a label and its bar. */
const LABEL_GAP = 12

function ChartSvg({
  title,
  data,
  shown,
  large,
  layout,
  titleId,
  describedBy,
  className,
}: {
  title: string
  data: BarDatum[]
  shown: (d: BarDatum) => string
  large: boolean
  layout: Layout
  titleId: string
  describedBy: string
  className: string
}) {
  const fontSize = large ? 22 : layout === 'above' ? 14 : 15
  const lineHeight = Math.round(fontSize * 1.25)
  const barHeight = large ? 36 : layout === 'above' ? 18 : 22
  const gap = large ? 20 : 14
  const width = layout === 'above' ? 280 : 900
  const labelWidth = layout === 'above' ? width : large ? 420 : 300
  // Room for the widest value text after the longest bar, so "12 (100%)" is never cut off at the edge.
  const valueRoom = Math.max(60, ...data.map((d) => textWidth(shown(d), fontSize))) + 16
  const barStart = layout === 'above' ? 0 : labelWidth
  const max = Math.max(1, ...data.map((d) => d.value))
  const x = scaleLinear<number>({ domain: [0, max], range: [0, width - barStart - valueRoom], nice: true })

  let top = 0
  const rows = data.map((d) => {
    // A little slack under the measured width: a fallback font runs wider than Inter and would reach the bar.
    const lines = wrapLabel(d.label, (labelWidth - LABEL_GAP) * 0.92, fontSize, MAX_LINES)
    const labelHeight = lines.length * lineHeight
    const rowHeight = layout === 'above' ? labelHeight + 4 + barHeight + gap : Math.max(labelHeight, barHeight) + gap
    const row = { d, lines, top, labelHeight }
    top += rowHeight
    return row
  })
  const height = Math.max(barHeight + gap, top)

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <title>{title}</title>
      {rows.map(({ d, lines, top: rowTop, labelHeight }, i) => {
        const barWidth = d.hidden ? 0 : x(d.value)
        // Beside: label and bar centred on each other. Above: the label, then the bar under it.
        const rowMiddle = Math.max(labelHeight, barHeight) / 2
        const labelTop = layout === 'above' ? 0 : rowMiddle - labelHeight / 2
        const barTop = layout === 'above' ? labelHeight + 4 : rowMiddle - barHeight / 2
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; the order is fixed per render
          <Group key={`${d.label}-${i}`} top={rowTop}>
            <title>{`${d.label}: ${shown(d)}`}</title>
            <text x={0} y={labelTop} fontSize={fontSize} fill="#1b2330">
              {lines.map((line, l) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
                <tspan key={l} x={0} dy={l === 0 ? '1em' : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            <Bar x={barStart} y={barTop} width={barWidth} height={barHeight} fill="#1d4f91" rx={3} />
            <text x={barStart + barWidth + 8} y={barTop + barHeight / 2} dy="0.35em" fontSize={fontSize} fill="#1b2330">
              {shown(d)}
            </text>
          </Group>
        )
      })}
    </svg>
  )
}

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
  const shown = (d: BarDatum) => d.note ?? format(d.value)
  const chart = { title, data, shown, large, titleId: `${id}-title`, describedBy: tableId ?? `${id}-table` }
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <ChartSvg {...chart} layout="beside" className="hidden h-auto w-full max-w-3xl sm:block" />
      <ChartSvg {...chart} layout="above" className="block h-auto w-full max-w-sm sm:hidden" />
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
