import type { LabelLine } from './label-layout'

/**
 * Lines laid out by layoutLabel, centred on (x, y). One <text> with a <tspan> per line, so a screen reader that reads
 * SVG text reads it as one phrase.
 */
export function SvgLines({
  x,
  y,
  lines,
  muted = () => false,
}: {
  x: number
  y: number
  lines: LabelLine[]
  muted?: (line: LabelLine) => boolean
}) {
  return (
    <text x={x} y={y} textAnchor="middle">
      {lines.map((line, index) => (
        <tspan
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in a fixed order
          key={index}
          x={x}
          y={y + line.y}
          fontSize={line.size}
          className={`${muted(line) ? 'fill-muted' : 'fill-ink'} ${line.bold ? 'font-semibold' : ''}`}
        >
          {line.text}
        </tspan>
      ))}
    </text>
  )
}
