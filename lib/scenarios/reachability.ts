import { isOffered } from '@/lib/engine/moves'
import type { DilemmaGraph, GraphChoice, GraphNode, SceneNode } from './graph'

// Which scenes a learner can reach, and where they could get stuck. A choice's when/unless makes this depend on
// the flags set so far, so we explore states (node + flags) rather than nodes. Only flags that some choice tests
// can change what is offered, so states keep just those; flags are only ever added, which keeps the space small.
// "Terug" (lib/engine/path.ts) returns to a state earlier on the learner's path, flags included, so it reaches no
// state that this forward search does not; cycles are handled because each state is visited once.

export type DeadEnd = {
  node: SceneNode
  /** The tested flags that were set when the learner got stuck here. */
  flags: string[]
  /** True when no choice at all was offered (all were ruled out by when/unless). */
  nothingOffered: boolean
}

export type ReachabilityReport = {
  reachable: Set<string>
  deadEnds: DeadEnd[]
  /**
   * Choices of reachable scenes that no reachable state offers (their when/unless never holds there): a learner can
   * never pick them. Empty when the analysis had to ignore flags (past MAX_STATES), where it cannot tell.
   */
  neverOffered: { scene: SceneNode; choice: GraphChoice }[]
}

/** Past this many states we stop tracking flags: a safe over-approximation that cannot report false problems. */
const MAX_STATES = 20_000

type State = { node: GraphNode; flags: string[]; key: string }

/** Requires a well-formed graph: unique node ids and every `to` and the start naming an existing node. */
export function analyseReachability(graph: DilemmaGraph): ReachabilityReport {
  return explore(graph, true) ?? explore(graph, false) ?? { reachable: new Set(), deadEnds: [], neverOffered: [] }
}

function explore(graph: DilemmaGraph, trackFlags: boolean): ReachabilityReport | undefined {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]))
  const tested = new Set(
    graph.nodes.flatMap((node) => (node.kind === 'scene' ? node.choices.flatMap((c) => [c.when, c.unless]) : [])),
  )
  tested.delete(undefined)

  const states = new Map<string, State>()
  const offered = new Set<GraphChoice>()
  const successors = new Map<string, string[]>()
  const visit = (node: GraphNode, flags: string[]): string => {
    const key = `${node.id}|${flags.join(' ')}`
    if (!states.has(key)) {
      states.set(key, { node, flags, key })
      queue.push(key)
    }
    return key
  }
  const queue: string[] = []
  const start = nodes.get(graph.start)
  if (!start) return undefined
  visit(start, [])

  for (let index = 0; index < queue.length; index++) {
    if (states.size > MAX_STATES) return undefined
    const state = states.get(queue[index] as string) as State
    const next: string[] = []
    if (state.node.kind === 'scene') {
      const flags = new Set(state.flags)
      for (const choice of state.node.choices) {
        if (trackFlags && !isOffered(choice, flags)) continue
        offered.add(choice)
        const target = nodes.get(choice.to)
        if (!target) continue
        const after = trackFlags
          ? [...new Set([...state.flags, ...choice.set.filter((f) => tested.has(f))])].sort()
          : []
        next.push(visit(target, after))
      }
    }
    successors.set(state.key, next)
  }

  // Walk backwards from every state at an Ending to find the states from which an Ending can still be reached.
  const predecessors = new Map<string, string[]>()
  for (const [from, targets] of successors) {
    for (const to of targets) {
      const list = predecessors.get(to)
      if (list) list.push(from)
      else predecessors.set(to, [from])
    }
  }
  const canFinish = new Set([...states.values()].filter((s) => s.node.kind === 'ending').map((s) => s.key))
  const pending = [...canFinish]
  while (pending.length > 0) {
    for (const from of predecessors.get(pending.pop() as string) ?? []) {
      if (!canFinish.has(from)) {
        canFinish.add(from)
        pending.push(from)
      }
    }
  }

  const deadEnds = new Map<string, DeadEnd>()
  for (const state of states.values()) {
    if (state.node.kind !== 'scene' || canFinish.has(state.key) || deadEnds.has(state.node.id)) continue
    const nothingOffered = (successors.get(state.key) ?? []).length === 0
    deadEnds.set(state.node.id, { node: state.node, flags: state.flags, nothingOffered })
  }
  const reachable = new Set([...states.values()].map((state) => state.node.id))
  const neverOffered = trackFlags
    ? graph.nodes.flatMap((node) =>
        node.kind === 'scene' && reachable.has(node.id)
          ? node.choices.filter((choice) => !offered.has(choice)).map((choice) => ({ scene: node, choice }))
          : [],
      )
    : []
  return { reachable, deadEnds: [...deadEnds.values()], neverOffered }
}
