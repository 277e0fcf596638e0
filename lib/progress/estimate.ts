import type { DilemmaGraph } from '@/lib/scenarios/graph'

/** The fewest choices from a node to any ending (flags ignored): the basis of the "how far along" estimate. */
export function stepsToEnding(graph: DilemmaGraph, from: string): number {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]))
  const seen = new Set([from])
  let frontier = [from]
  for (let distance = 0; frontier.length > 0; distance++) {
    const next: string[] = []
    for (const id of frontier) {
      const node = byId.get(id)
      if (!node) continue
      if (node.kind === 'ending') return distance
      for (const choice of node.choices) {
        if (!seen.has(choice.to)) {
          seen.add(choice.to)
          next.push(choice.to)
        }
      }
    }
    frontier = next
  }
  return 0
}

/** Percentage done: steps taken against steps taken plus the shortest way still to go. */
export function progressPercent(graph: DilemmaGraph, scene: string, stepsTaken: number): number {
  const remaining = stepsToEnding(graph, scene)
  if (remaining === 0) return 100
  return Math.round((100 * stepsTaken) / (stepsTaken + remaining))
}
