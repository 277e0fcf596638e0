import { Fragment } from 'react'
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
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in a fixed order
        <Fragment key={index}>
          {/* A space between lines, so the text reads "Medewerker Veilig Thuis", not "MedewerkerVeilig Thuis" (the
              accessible name of a spoke's link must contain its visible words, WCAG 2.5.3). It is placed in the
              middle of the next line, so a link's underline does not stick out past the previous line's last word. */}
          {index > 0 ? (
            <tspan x={x} y={y + line.y} fontSize={line.size}>
              {' '}
            </tspan>
          ) : null}
          <tspan
            x={x}
            y={y + line.y}
            fontSize={line.size}
            className={`${muted(line) ? 'fill-muted' : 'fill-ink'} ${line.bold ? 'font-semibold' : ''}`}
          >
            {line.text}
          </tspan>
        </Fragment>
      ))}
    </text>
  )
}
