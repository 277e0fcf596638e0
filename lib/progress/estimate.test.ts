import { expect, test } from 'vitest'
import type { DilemmaGraph, GraphChoice } from '@/lib/scenarios/graph'
import { progressPercent, stepsToEnding } from './estimate'

const at = { line: 1, column: 1 }
const choice = (id: string, to: string): GraphChoice => ({ id, to, set: [], label: id, position: at })
const graph: DilemmaGraph = {
  start: 'a',
  nodes: [
    { kind: 'scene', id: 'a', choices: [choice('ab', 'b'), choice('ae', 'end')], position: at },
    { kind: 'scene', id: 'b', choices: [choice('bc', 'c')], position: at },
    { kind: 'scene', id: 'c', choices: [choice('ca', 'a'), choice('ce', 'end')], position: at },
    { kind: 'ending', id: 'end', title: 'Einde', outcome: 'passend', position: at },
  ],
  flagsSet: [],
  flagsTested: [],
  lawRefs: [],
  vuistregels: [],
  terms: [],
}

test('the shortest way to an ending counts choices, cycles included', () => {
  expect(stepsToEnding(graph, 'a')).toBe(1)
  expect(stepsToEnding(graph, 'b')).toBe(2)
  expect(stepsToEnding(graph, 'end')).toBe(0)
})

test('progress is steps taken against the shortest way still to go', () => {
  expect(progressPercent(graph, 'a', 0)).toBe(0)
  expect(progressPercent(graph, 'b', 1)).toBe(33)
  expect(progressPercent(graph, 'end', 3)).toBe(100)
})
