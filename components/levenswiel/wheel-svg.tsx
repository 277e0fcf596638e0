import { CENTRE, HUB, HUB_BOX, MARK_Y, NODE, NODE_BOX, RING, SIZE } from './geometry'
import { layoutLabel } from './label-layout'
import { SvgLines } from './svg-lines'
import { statusText, type WheelSpoke } from './types'

// The levenswiel drawn as SVG: the family in the centre, one spoke per dilemma. Each spoke's end is a real link with
// a full accessible name, so it works by keyboard and screen reader; status is shown by shape and text, never by
// colour alone (WCAG 1.4.1).

const STATUS_STYLE = {
  behaald: { fill: 'var(--color-good-soft)', stroke: 'var(--color-good)', mark: '✓' },
  // Finished but not behaald: not a success mark; the learner can play it again.
  'afgerond-niet-behaald': { fill: 'var(--color-warn-soft)', stroke: 'var(--color-warn)', mark: '↻' },
  bezig: { fill: 'var(--color-warn-soft)', stroke: 'var(--color-warn)', mark: '…' },
  'niet-gestart': { fill: '#ffffff', stroke: 'var(--color-brand)', mark: '' },
  binnenkort: { fill: '#f1f2f4', stroke: 'var(--color-muted)', mark: '' },
} as const

function position(index: number, count: number, radius: number) {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2
  return { x: CENTRE + radius * Math.cos(angle), y: CENTRE + radius * Math.sin(angle) }
}

export function WheelSvg({
  caseTitle,
  memberNames,
  spokes,
}: {
  caseTitle: string
  memberNames: string[]
  spokes: WheelSpoke[]
}) {
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="mx-auto h-auto w-full max-w-[40rem]" aria-labelledby="wiel-titel">
      <title id="wiel-titel">{`Levenswiel van ${caseTitle}`}</title>
      <circle cx={CENTRE} cy={CENTRE} r={RING} fill="none" stroke="var(--color-line)" strokeWidth="2" />
      {spokes.map((spoke, index) => {
        const end = position(index, spokes.length, RING)
        return (
          <line
            key={`line-${spoke.dilemmaId}`}
            x1={CENTRE}
            y1={CENTRE}
            x2={end.x}
            y2={end.y}
            stroke="var(--color-line)"
            strokeWidth="3"
          />
        )
      })}
      <circle
        cx={CENTRE}
        cy={CENTRE}
        r={HUB}
        fill="var(--color-brand-soft)"
        stroke="var(--color-brand)"
        strokeWidth="2"
      />
      <SvgLines
        x={CENTRE}
        y={CENTRE}
        lines={layoutLabel(
          [
            { text: caseTitle, size: 20, minSize: 14, bold: true },
            { text: memberNames.join(' · '), size: 14, minSize: 11 },
          ],
          HUB_BOX,
        )}
        muted={(line) => !line.bold}
      />
      {spokes.map((spoke, index) => {
        const { x, y } = position(index, spokes.length, RING)
        const style = STATUS_STYLE[spoke.status]
        // The name starts with the visible words, in order (WCAG 2.5.3 label in name).
        const label = `${spoke.domainLabel} ${spoke.professionalLabel}${spoke.title ? `: ${spoke.title}` : ''} — ${statusText(spoke)}`
        const node = (
          <g key="node">
            <circle
              cx={x}
              cy={y}
              r={NODE}
              fill={style.fill}
              stroke={style.stroke}
              strokeWidth="3"
              strokeDasharray={spoke.status === 'binnenkort' ? '6 5' : undefined}
            />
            <SvgLines
              x={x}
              y={y}
              lines={layoutLabel(
                [
                  { text: spoke.domainLabel, size: 15, minSize: 11, bold: true },
                  { text: spoke.professionalLabel, size: 12, minSize: 10 },
                ],
                NODE_BOX,
              )}
            />
            {style.mark ? (
              <text x={x} y={y + MARK_Y} textAnchor="middle" className="fill-ink text-[16px] font-bold">
                {style.mark}
              </text>
            ) : null}
          </g>
        )
        return spoke.href ? (
          <a key={spoke.dilemmaId} href={spoke.href} aria-label={label} className="wheel-spoke">
            {node}
          </a>
        ) : (
          <g key={spoke.dilemmaId}>
            <title>{label}</title>
            {node}
          </g>
        )
      })}
    </svg>
  )
}
