import dagre from '@dagrejs/dagre'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import type { Quality } from '@/lib/scenarios/schema'

// Lays a dilemma's graph out left to right for the author view. dagre does the layered layout (a solved problem we
// do not hand-write); we only turn its result into plain data the page draws as SVG.

export type LaidOutNode = {
  id: string
  kind: 'scene' | 'ending'
  title: string
  outcome?: Quality
  x: number
  y: number
  width: number
  height: number
}
export type LaidOutEdge = {
  choiceId: string
  from: string
  to: string
  quality?: Quality
  points: { x: number; y: number }[]
}
export type GraphLayout = { nodes: LaidOutNode[]; edges: LaidOutEdge[]; width: number; height: number }

const NODE_WIDTH = 180
const NODE_HEIGHT = 56

export function layoutDilemma(graph: DilemmaGraph): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 80, marginx: 16, marginy: 16 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT })
  for (const node of graph.nodes) {
    if (node.kind !== 'scene') continue
    for (const choice of node.choices) g.setEdge(node.id, choice.to, {}, choice.id)
  }
  dagre.layout(g)

  const nodes = graph.nodes.map((node): LaidOutNode => {
    const box = g.node(node.id)
    return {
      id: node.id,
      kind: node.kind,
      title: node.title ?? node.id,
      outcome: node.kind === 'ending' ? node.outcome : undefined,
      x: box.x - NODE_WIDTH / 2,
      y: box.y - NODE_HEIGHT / 2,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    }
  })
  const edges = graph.nodes.flatMap((node) =>
    node.kind === 'scene'
      ? node.choices.map((choice) => ({
          choiceId: choice.id,
          from: node.id,
          to: choice.to,
          quality: choice.quality,
          points: g.edge({ v: node.id, w: choice.to, name: choice.id })?.points ?? [],
        }))
      : [],
  )
  const { width = 0, height = 0 } = g.graph()
  return { nodes, edges, width, height }
}
