import { describe, expect, it } from 'vitest'
import type { Pin, PlayGraph } from './graph'
import { choiceOrder, displayedChoices } from './shuffle'

const choice = (id: string, pin?: Pin) => ({ id, ...(pin ? { pin } : {}) })
const ids = (choices: readonly { id: string }[]) => choices.map((c) => c.id)
const ABCD = ['a', 'b', 'c', 'd'].map((id) => choice(id))
const SEEDS = 6000
const seeds = Array.from({ length: SEEDS }, (_, i) => `attempt-${i}`)

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(observed: readonly number[], expected: number): number {
  return observed.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0)
}

function bump(table: number[][], row: number, column: number) {
  const cells = table[row] as number[]
  cells[column] = (cells[column] ?? 0) + 1
}

// Upper critical values of the chi-square distribution at significance 0.001 (tables; df = degrees of freedom).
// The seeds are fixed, so the test is deterministic: a real bias fails it every time, chance never flips it.
const CRITICAL_0_001: Record<number, number> = { 4: 18.467, 5: 20.515, 9: 27.877 }

describe('choiceOrder', () => {
  it('gives one attempt the same order every time, whatever order the choices are passed in', () => {
    const order = ids(choiceOrder('attempt-1', 'gesprek', ABCD))
    expect(ids(choiceOrder('attempt-1', 'gesprek', ABCD))).toEqual(order)
    expect(ids(choiceOrder('attempt-1', 'gesprek', [...ABCD].reverse()))).toEqual(order)
    const [a, b, c, d] = ABCD as [ReturnType<typeof choice>, ...ReturnType<typeof choice>[]]
    expect(ids(choiceOrder('attempt-1', 'gesprek', [c, a, d, b] as typeof ABCD))).toEqual(order)
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('returns the choices themselves and leaves the input alone', () => {
    const input = [...ABCD]
    const order = choiceOrder('attempt-1', 'gesprek', input)
    expect(order.every((c) => ABCD.includes(c))).toBe(true)
    expect(input).toEqual(ABCD)
  })

  it('keeps pinned choices first and last, in the author order among themselves', () => {
    const choices = [
      choice('weet-niet', 'last'),
      choice('a'),
      choice('eerst', 'first'),
      choice('b'),
      choice('verder', 'last'),
      choice('c'),
      choice('ook-eerst', 'first'),
    ]
    for (const seed of seeds.slice(0, 200)) {
      const order = ids(choiceOrder(seed, 'scene', choices))
      expect(order.slice(0, 2)).toEqual(['eerst', 'ook-eerst'])
      expect(order.slice(-2)).toEqual(['weet-niet', 'verder'])
      expect(order.slice(2, 5).sort()).toEqual(['a', 'b', 'c'])
    }
  })

  it('puts each choice in each position equally often over many attempts (chi-square, p = 0.001)', () => {
    const counts = ABCD.map(() => ABCD.map(() => 0))
    for (const seed of seeds) {
      choiceOrder(seed, 'gesprek', ABCD).forEach((c, position) => {
        bump(counts, ABCD.indexOf(c), position)
      })
    }
    // Rows and columns both sum to SEEDS, so the table has (4 - 1)² degrees of freedom.
    const statistic = chiSquare(counts.flat(), SEEDS / ABCD.length)
    expect(statistic).toBeLessThan(CRITICAL_0_001[9] as number)
    // And no single choice drifts: its share of first places stays near 1/4.
    for (const row of counts) expect(Math.abs((row[0] as number) / SEEDS - 0.25)).toBeLessThan(0.03)
  })

  it('makes every permutation of three choices equally likely (chi-square, p = 0.001)', () => {
    const three = ABCD.slice(0, 3)
    const counts = new Map<string, number>()
    for (const seed of seeds) {
      const key = ids(choiceOrder(seed, 'drie', three)).join('')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    expect(counts.size).toBe(6)
    expect(chiSquare([...counts.values()], SEEDS / 6)).toBeLessThan(CRITICAL_0_001[5] as number)
  })

  it('orders the scenes of one attempt independently (chi-square test of independence, p = 0.001)', () => {
    const three = ABCD.slice(0, 3)
    const joint = three.map(() => three.map(() => 0))
    let same = 0
    for (const seed of seeds) {
      const first = ids(choiceOrder(seed, 'scene-een', three))
      const second = ids(choiceOrder(seed, 'scene-twee', three))
      if (first.join() === second.join()) same++
      bump(
        joint,
        three.findIndex((c) => c.id === first[0]),
        three.findIndex((c) => c.id === second[0]),
      )
    }
    // The first choice shown in one scene says nothing about the first shown in the other: 3×3 cells, (3 - 1)² df.
    expect(chiSquare(joint.flat(), SEEDS / 9)).toBeLessThan(CRITICAL_0_001[4] as number)
    // Equal orders happen as often as chance says (1 in 6), not always.
    expect(Math.abs(same / SEEDS - 1 / 6)).toBeLessThan(0.03)
  })

  it('gives different attempts different orders', () => {
    const orders = new Set(seeds.slice(0, 100).map((seed) => ids(choiceOrder(seed, 'gesprek', ABCD)).join('')))
    expect(orders.size).toBeGreaterThan(12)
  })
})

describe('displayedChoices', () => {
  const graph: PlayGraph = {
    start: 'start',
    nodes: [
      {
        kind: 'scene',
        id: 'start',
        choices: [
          { id: 'a', to: 'einde', set: [], label: 'A' },
          { id: 'b', to: 'einde', set: [], label: 'B', when: 'open' },
          { id: 'c', to: 'einde', set: [], label: 'C' },
          { id: 'verder', to: 'einde', set: [], label: 'Verder', pin: 'last' },
        ],
      },
      { kind: 'ending', id: 'einde', title: 'Einde', outcome: 'passend' },
    ],
  }

  it('shows only the offered choices, in the attempt order, with the pinned one last', () => {
    for (const seed of seeds.slice(0, 50)) {
      const closed = ids(displayedChoices(graph, { scene: 'start', flags: [] }, seed))
      const open = ids(displayedChoices(graph, { scene: 'start', flags: ['open'] }, seed))
      expect([...closed].sort()).toEqual(['a', 'c', 'verder'])
      expect(closed.at(-1)).toBe('verder')
      // A choice that becomes available slots in without reordering the others.
      expect(open.filter((id) => id !== 'b')).toEqual(closed)
    }
  })

  it('shows nothing at an ending or an unknown scene', () => {
    expect(displayedChoices(graph, { scene: 'einde', flags: [] }, 'x')).toEqual([])
    expect(displayedChoices(graph, { scene: 'weg', flags: [] }, 'x')).toEqual([])
  })
})
