import type { DilemmaGraph, GraphNode } from './graph'
import { FILE_START, type Problem, problem, type SourcePosition } from './problems'
import { analyseReachability } from './reachability'

// Problems of the dilemma graph as a whole (docs/scenario-format.md, "Graph rules").

const kindName = (node: GraphNode) => (node.kind === 'scene' ? 'Scene' : 'Ending')

function duplicateIds(graph: DilemmaGraph, file: string): Problem[] {
  const problems: Problem[] = []
  const nodes = new Map<string, GraphNode>()
  for (const node of graph.nodes) {
    const first = nodes.get(node.id)
    if (first) {
      const where = `${kindName(first)} at line ${first.position.line}`
      problems.push(
        problem(
          'duplicate-id',
          `${kindName(node)} id '${node.id}' is already used by the ${where}`,
          file,
          node.position,
        ),
      )
    } else nodes.set(node.id, node)
  }
  const choices = new Map<string, SourcePosition>()
  for (const choice of graph.nodes.flatMap((node) => (node.kind === 'scene' ? node.choices : []))) {
    const first = choices.get(choice.id)
    if (first) {
      const message = `Choice id '${choice.id}' is already used by the Choice at line ${first.line}; choice ids are unique per dilemma`
      problems.push(problem('duplicate-id', message, file, choice.position))
    } else choices.set(choice.id, choice.position)
  }
  return problems
}

function missingTargets(graph: DilemmaGraph, file: string, startPosition: SourcePosition): Problem[] {
  const ids = new Set(graph.nodes.map((node) => node.id))
  const problems: Problem[] = []
  if (!ids.has(graph.start)) {
    problems.push(
      problem(
        'missing-target',
        `The start '${graph.start}' is not the id of a Scene in this file`,
        file,
        startPosition,
      ),
    )
  }
  for (const node of graph.nodes) {
    if (node.kind !== 'scene') continue
    for (const choice of node.choices) {
      if (!ids.has(choice.to)) {
        const message = `Choice '${choice.id}' leads to '${choice.to}', which is not the id of a Scene or Ending in this file`
        problems.push(problem('missing-target', message, file, choice.position))
      }
    }
  }
  return problems
}

function flagsNeverSet(graph: DilemmaGraph, file: string): Problem[] {
  const set = new Set(graph.flagsSet.map((use) => use.flag))
  return graph.flagsTested
    .filter((use) => !set.has(use.flag))
    .map((use) =>
      problem(
        'flag-never-set',
        `Flag '${use.flag}' is tested but no Choice sets it (set="${use.flag}")`,
        file,
        use.position,
      ),
    )
}

function reachabilityProblems(graph: DilemmaGraph, file: string): Problem[] {
  const { reachable, deadEnds, neverOffered } = analyseReachability(graph)
  const problems = graph.nodes
    .filter((node) => !reachable.has(node.id))
    .map((node) =>
      problem(
        'unreachable',
        `${kindName(node)} '${node.id}' cannot be reached from the start '${graph.start}'`,
        file,
        node.position,
      ),
    )
  // A scene without any choice is already reported as no-choices.
  for (const { node, flags, nothingOffered } of deadEnds.filter((deadEnd) => deadEnd.node.choices.length > 0)) {
    const set = flags.length > 0 ? ` when flags ${flags.join(', ')} are set` : ''
    const message = nothingOffered
      ? `Scene '${node.id}' offers no choice${set || ' when no flags are set'} (when/unless rule out every choice), so the learner is stuck`
      : `From Scene '${node.id}' no Ending can be reached${set}: its choices only lead in a circle`
    problems.push(problem('no-ending-reachable', message, file, node.position))
  }
  // A `when` flag that nothing sets is reported as flag-never-set: the cause, not this consequence.
  const set = new Set(graph.flagsSet.map((use) => use.flag))
  for (const { scene, choice } of neverOffered.filter(
    ({ choice }) => choice.when === undefined || set.has(choice.when),
  )) {
    const rule = [choice.when && `when="${choice.when}"`, choice.unless && `unless="${choice.unless}"`]
      .filter(Boolean)
      .join(' and ')
    const message = `Choice '${choice.id}' in Scene '${scene.id}' is never offered: on every route to this scene its ${rule} rules it out (is the flag only set after this scene?)`
    problems.push(problem('never-offered', message, file, choice.position))
  }
  return problems
}

/**
 * Whole-graph problems. When element problems already left parts out of the graph (`incomplete`), or ids clash or
 * targets are missing, reachability would report consequences rather than causes, so it waits until those are fixed.
 */
export function graphProblems(
  graph: DilemmaGraph,
  options: { file: string; incomplete: boolean; startPosition: SourcePosition },
): Problem[] {
  const { file, incomplete, startPosition } = options
  const duplicates = duplicateIds(graph, file)
  const problems = [...duplicates, ...flagsNeverSet(graph, file)]
  if (incomplete) return problems
  const hasScene = graph.nodes.some((node) => node.kind === 'scene')
  const hasEnding = graph.nodes.some((node) => node.kind === 'ending')
  if (!hasScene) problems.push(problem('no-scene', 'The dilemma has no <Scene> to start with', file, FILE_START))
  if (!hasEnding)
    problems.push(problem('no-ending', 'The dilemma has no <Ending>; it needs at least one', file, FILE_START))
  if (!hasScene) return problems
  const missing = missingTargets(graph, file, startPosition)
  problems.push(...missing)
  if (duplicates.length === 0 && missing.length === 0 && hasEnding) problems.push(...reachabilityProblems(graph, file))
  return problems
}
