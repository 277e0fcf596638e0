import type { EndingNode, GraphNode, PlayGraph } from './graph'
import { nextState, offeredChoices, type PlayState } from './moves'

// The oplossingsrichting of a dilemma is the text of its passend ending. A learner who ended elsewhere reads that
// text too, and its <When>/<Unless> blocks must then read as they would on the model route (the one a learner takes
// by choosing only passend options), not as on the learner's own route: "Let op: je vroeg niet naar de kinderen"
// is a remark about a route, not part of the way to act.

/** The dilemma's passend ending that sums up the oplossingsrichting: the first in file order. */
export function passendEnding<N extends GraphNode>(graph: { nodes: readonly N[] }): (N & EndingNode) | undefined {
  return graph.nodes.find((node): node is N & EndingNode => node.kind === 'ending' && node.outcome === 'passend')
}

/**
 * The flags at `endingId` on a route from the start that takes only passend and neutral (unrated) choices, trying
 * choices in the author's order (depth-first). Null when no such route reaches the ending.
 */
export function modelRouteFlags(graph: PlayGraph, endingId: string): string[] | null {
  const seen = new Set<string>()
  const visit = (state: PlayState): string[] | null => {
    if (state.scene === endingId) return [...state.flags]
    const key = `${state.scene}|${[...state.flags].sort().join(',')}`
    if (seen.has(key)) return null
    seen.add(key)
    for (const choice of offeredChoices(graph, state)) {
      if (choice.quality !== undefined && choice.quality !== 'passend') continue
      const next = nextState(graph, state, choice.id)
      if (!next.ok) continue
      const found = visit({ scene: next.scene, flags: next.flags })
      if (found) return found
    }
    return null
  }
  return visit({ scene: graph.start, flags: [] })
}
