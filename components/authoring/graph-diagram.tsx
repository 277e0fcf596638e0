import type { GraphLayout } from '@/lib/authoring/layout'
import type { Quality } from '@/lib/scenarios/schema'

// The author's picture of a dilemma. Choice quality is shown by colour and by line style (solid, dashed, dotted),
// so it does not rely on colour alone; the table under the diagram says the same in words.
const EDGE_STYLE: Record<Quality | 'neutraal', { stroke: string; dash?: string }> = {
  passend: { stroke: 'var(--color-good)' },
  twijfelachtig: { stroke: 'var(--color-warn)', dash: '8 5' },
  onjuist: { stroke: 'var(--color-bad)', dash: '2 4' },
  neutraal: { stroke: 'var(--color-muted)' },
}

const ENDING_FILL: Record<Quality, string> = {
  passend: 'var(--color-good-soft)',
  twijfelachtig: 'var(--color-warn-soft)',
  onjuist: 'var(--color-bad-soft)',
}

function pathOf(points: { x: number; y: number }[]) {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
}

export function GraphDiagram({ layout, title }: { layout: GraphLayout; title: string }) {
  return (
    // Focusable so keyboard users can scroll a wide diagram (WCAG 2.1.1).
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      aria-label="Schema, scroll opzij"
      className="overflow-x-auto rounded-lg border border-line bg-white"
    >
      <svg
        role="img"
        aria-labelledby="graaf-titel"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        className="max-w-none"
      >
        <title id="graaf-titel">{`Schema van ${title}: ${layout.nodes.length} situaties en eindes, ${layout.edges.length} keuzes. De tabel hieronder beschrijft hetzelfde.`}</title>
        <defs>
          <marker id="pijl" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--color-muted)" />
          </marker>
        </defs>
        {layout.edges.map((edge) => {
          const style = EDGE_STYLE[edge.quality ?? 'neutraal']
          return (
            <path
              key={`${edge.from}-${edge.choiceId}`}
              d={pathOf(edge.points)}
              fill="none"
              stroke={style.stroke}
              strokeWidth="2.5"
              strokeDasharray={style.dash}
              markerEnd="url(#pijl)"
            />
          )
        })}
        {layout.nodes.map((node) => (
          <g key={node.id}>
            <rect
              x={node.x}
              y={node.y}
              width={node.width}
              height={node.height}
              rx={node.kind === 'ending' ? 24 : 6}
              fill={node.outcome ? ENDING_FILL[node.outcome] : 'var(--color-brand-soft)'}
              stroke={node.kind === 'ending' ? 'var(--color-ink)' : 'var(--color-brand)'}
              strokeWidth={node.kind === 'ending' ? 2.5 : 1.5}
            />
            <text
              x={node.x + node.width / 2}
              y={node.y + 24}
              textAnchor="middle"
              className="fill-ink text-[12px] font-semibold"
            >
              {node.title.length > 26 ? `${node.title.slice(0, 25)}…` : node.title}
            </text>
            <text x={node.x + node.width / 2} y={node.y + 42} textAnchor="middle" className="fill-muted text-[11px]">
              {node.kind === 'ending' ? `einde · ${node.outcome}` : node.id}
            </text>
          </g>
        ))}
      </svg>
    </section>
  )
}

export function GraphLegend() {
  return (
    <ul className="flex flex-wrap gap-4 text-sm" aria-label="Legenda">
      <li>━ groen: passend</li>
      <li>╍ oranje, gestreept: twijfelachtig</li>
      <li>┈ rood, gestippeld: onjuist</li>
      <li>━ grijs: neutraal (verder)</li>
    </ul>
  )
}
