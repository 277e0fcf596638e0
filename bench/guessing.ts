// Guessing benchmark: what does a learner score who never reads the dilemma? For every dilemma in the catalog, the
// expected score of five content-blind strategies, by simulated runs through the real rules of play
// (lib/engine/moves.ts, path.ts) and the real choice order (lib/engine/shuffle.ts, a fresh attempt id per run):
//   authorOrder — the choices in the author's order, as the player showed them before the shuffle;
//   shuffled    — the choices in the attempt's shuffled order, as the player shows them now.
// Target: in `shuffled`, no position strategy (always first / always last) and no length strategy (always the
// longest / shortest text) beats uniform random by more than 10 points on any dilemma; the script exits 1 when it is
// missed. Length is the visible characters of the choice text (lib/engine/label-length.ts); a tie is not "the
// longest", so a length strategy picks at random among the tied choices (docs/decisions/024-…).
// Run: npm run bench:guessing [-- --runs=20000]   Writes bench/results/guessing.json.
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { GraphChoice, PlayGraph } from '@/lib/engine/graph'
import { extremes, visibleLength } from '@/lib/engine/label-length'
import { findNode, nextState, offeredChoices, type PlayState } from '@/lib/engine/moves'
import { type PathStep, scorePath } from '@/lib/engine/path'
import { displayedChoices } from '@/lib/engine/shuffle'
import { getCatalog } from '@/lib/scenarios/catalog.server'

const STRATEGIES = [
  'always-first',
  'always-last',
  'always-longest-label',
  'always-shortest-label',
  'uniform-random',
] as const
type Strategy = (typeof STRATEGIES)[number]
const POSITION_STRATEGIES: readonly Strategy[] = ['always-first', 'always-last']
const LENGTH_STRATEGIES: readonly Strategy[] = ['always-longest-label', 'always-shortest-label']
/** The strategies the target gates: every content-blind way of picking but random itself. */
const GATED_STRATEGIES: readonly Strategy[] = [...POSITION_STRATEGIES, ...LENGTH_STRATEGIES]
const ORDERINGS = ['authorOrder', 'shuffled'] as const
type Ordering = (typeof ORDERINGS)[number]

/** Points a position or length strategy may beat uniform random by, in `shuffled`, on any dilemma. */
const MAX_ADVANTAGE = 10
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 20_000)
const MAX_STEPS = 100

type Estimate = { mean: number; se: number; runs: number }

// Counting graphemes is slow next to a simulated move; the labels are few, so each is measured once.
const lengths = new Map<string, number>()
function lengthOf(label: string): number {
  let length = lengths.get(label)
  if (length === undefined) {
    length = visibleLength(label)
    lengths.set(label, length)
  }
  return length
}

const randomOf = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T

/** Picks from the choices as shown, top to bottom; a tie in length is settled at random among the tied choices. */
function pick(strategy: Strategy, shown: readonly GraphChoice[]): GraphChoice {
  const byLength = (which: 'longest' | 'shortest') =>
    shown[
      randomOf(
        extremes(
          shown.map((choice) => lengthOf(choice.label)),
          which,
        ),
      )
    ] as GraphChoice
  switch (strategy) {
    case 'always-first':
      return shown[0] as GraphChoice
    case 'always-last':
      return shown[shown.length - 1] as GraphChoice
    case 'always-longest-label':
      return byLength('longest')
    case 'always-shortest-label':
      return byLength('shortest')
    case 'uniform-random':
      return randomOf(shown)
  }
}

/** One attempt from the start to an ending; its score as the app computes it (null: no rated choice taken). */
function playOnce(graph: PlayGraph, strategy: Strategy, ordering: Ordering): number | null {
  const attemptId = randomUUID()
  const path: PathStep[] = [{ scene: graph.start, flags: [] }]
  for (let step = 0; step < MAX_STEPS; step++) {
    const state = path[path.length - 1] as PathStep
    const shown = ordering === 'shuffled' ? displayedChoices(graph, state, attemptId) : offeredChoices(graph, state)
    if (shown.length === 0) return scorePath(path)
    const choice = pick(strategy, shown)
    const result = nextState(graph, state, choice.id)
    if (!result.ok) throw new Error(`${choice.id} not playable from ${state.scene}: ${result.reason}`)
    path.push({ scene: result.scene, flags: result.flags, choiceId: choice.id, quality: result.quality })
    if (result.ended) return scorePath(path)
  }
  throw new Error(`no ending within ${MAX_STEPS} steps`)
}

function estimate(graph: PlayGraph, strategy: Strategy, ordering: Ordering): Estimate {
  let sum = 0
  let squares = 0
  for (let run = 0; run < RUNS; run++) {
    const score = playOnce(graph, strategy, ordering) ?? 0
    sum += score
    squares += score * score
  }
  const mean = sum / RUNS
  const variance = RUNS > 1 ? (squares - RUNS * mean * mean) / (RUNS - 1) : 0
  return { mean: round(mean, 2), se: round(Math.sqrt(Math.max(0, variance) / RUNS), 3), runs: RUNS }
}

/**
 * The exact expected score of uniform random play, over every path of the graph with its probability: the yardstick
 * the simulated strategies are compared with (and a check on the simulation).
 */
function exactUniform(graph: PlayGraph): number {
  const walk = (state: PlayState, path: PathStep[], depth: number): number => {
    const node = findNode(graph, state.scene)
    if (node?.kind !== 'scene') return scorePath(path) ?? 0
    if (depth > MAX_STEPS) throw new Error('path too long')
    const offered = offeredChoices(graph, state)
    let expected = 0
    for (const choice of offered) {
      const result = nextState(graph, state, choice.id)
      if (!result.ok) throw new Error(result.reason)
      const step = { scene: result.scene, flags: result.flags, choiceId: choice.id, quality: result.quality }
      expected += walk(result, [...path, step], depth + 1) / offered.length
    }
    return expected
  }
  return round(walk({ scene: graph.start, flags: [] }, [{ scene: graph.start, flags: [] }], 0), 2)
}

function round(value: number, digits: number) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

type Table = Record<string, Record<Strategy, Estimate>>

function printTable(title: string, table: Table, exact: Record<string, number>) {
  const headers = ['dilemma', ...STRATEGIES, 'exact random']
  const rows = Object.entries(table).map(([dilemma, results]) => [
    dilemma,
    ...STRATEGIES.map((s) => `${results[s].mean.toFixed(1)} ± ${results[s].se.toFixed(2)}`),
    (exact[dilemma] ?? 0).toFixed(1),
  ])
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ')
  console.log(`\n${title}`)
  console.log(line(headers))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

function main() {
  const started = Date.now()
  const dilemmas = getCatalog().cases.flatMap((c) =>
    c.dilemmas.map((d) => ({ key: `${c.id}/${d.id}`, graph: d.graph as PlayGraph })),
  )
  const tables: Record<Ordering, Table> = { authorOrder: {}, shuffled: {} }
  const exact: Record<string, number> = {}
  for (const { key, graph } of dilemmas) {
    exact[key] = exactUniform(graph)
    for (const ordering of ORDERINGS) {
      tables[ordering][key] = Object.fromEntries(
        STRATEGIES.map((strategy) => [strategy, estimate(graph, strategy, ordering)]),
      ) as Record<Strategy, Estimate>
    }
  }

  const advantages = (ordering: Ordering) =>
    Object.entries(tables[ordering]).flatMap(([dilemma, results]) =>
      GATED_STRATEGIES.map((strategy) => ({
        dilemma,
        strategy,
        advantage: round(results[strategy].mean - results['uniform-random'].mean, 2),
      })),
    )
  const worst = (ordering: Ordering) =>
    advantages(ordering).reduce((a, b) => (b.advantage > a.advantage ? b : a), {
      dilemma: '',
      strategy: '',
      advantage: Number.NEGATIVE_INFINITY,
    })
  const missed = advantages('shuffled').filter((a) => a.advantage > MAX_ADVANTAGE)

  const result = {
    date: new Date().toISOString(),
    runsPerStrategyPerDilemma: RUNS,
    method:
      'Simulated attempts through lib/engine (nextState, offeredChoices, scorePath) and lib/engine/shuffle.ts with a fresh random attempt id per run; score 0..100, mean ± standard error. Position strategies pick by displayed position, length strategies by the visible characters of the choice text (a tie is not the longest or shortest: picked at random among the tied), uniform-random picks uniformly among the offered choices. exactUniformRandom is computed over every path of the graph.',
    target: {
      rule: `In shuffled, no position or length strategy (${GATED_STRATEGIES.join(', ')}) beats uniform-random by more than ${MAX_ADVANTAGE} points on any dilemma`,
      met: missed.length === 0,
      missed,
      worstShuffled: worst('shuffled'),
      worstAuthorOrder: worst('authorOrder'),
    },
    exactUniformRandom: exact,
    authorOrder: tables.authorOrder,
    shuffled: tables.shuffled,
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/guessing.json', `${JSON.stringify(result, null, 2)}\n`)

  printTable(
    'authorOrder (the author’s order, as shown before the shuffle): mean score ± standard error',
    tables.authorOrder,
    exact,
  )
  printTable(
    'shuffled (the order per attempt and scene, as shown now): mean score ± standard error',
    tables.shuffled,
    exact,
  )
  const w = result.target.worstShuffled
  const b = result.target.worstAuthorOrder
  console.log(
    `\nLargest advantage of a position or length strategy over uniform random: authorOrder ${b.advantage.toFixed(1)} (${b.strategy}, ${b.dilemma}); shuffled ${w.advantage.toFixed(1)} (${w.strategy}, ${w.dilemma}).`,
  )
  console.log(
    `${RUNS} runs per strategy per dilemma, ${((Date.now() - started) / 1000).toFixed(1)} s. Wrote bench/results/guessing.json.`,
  )
  if (!result.target.met) {
    console.error(
      `Target missed: ${missed.map((m) => `${m.strategy} on ${m.dilemma} beats random by ${m.advantage}`).join('; ')} (limit ${MAX_ADVANTAGE}).`,
    )
    process.exit(1)
  }
  console.log(
    `Target met: no position or length strategy beats uniform random by more than ${MAX_ADVANTAGE} points (shuffled).`,
  )
}

main()
