import { describe, expect, test } from 'vitest'
import type { PlayGraph } from '@/lib/engine/graph'
import { LIVE_SPLIT_MINIMUM, liveChoices, majority, visibleSplit } from './view'

const graph: PlayGraph = {
  start: 's1',
  nodes: [
    {
      kind: 'scene',
      id: 's1',
      choices: [
        { id: 'a', to: 'e1', set: [], label: 'A', quality: 'passend' },
        { id: 'b', to: 'e1', set: [], label: 'B', quality: 'onjuist' },
        { id: 'c', to: 'e1', set: [], label: 'C', when: 'f' },
        { id: 'd', to: 'e1', set: [], label: 'D' },
      ],
    },
    { kind: 'ending', id: 'e1', title: 'Einde', outcome: 'passend' },
  ],
}

describe('live session rules', () => {
  test('one order per session: the same seed gives the same letters, offered choices only', () => {
    const first = liveChoices(graph, 'seed-1', 's1', [])
    expect(first.map((c) => c.letter)).toEqual(['A', 'B', 'C'])
    expect(first.map((c) => c.id).sort()).toEqual(['a', 'b', 'd'])
    expect(liveChoices(graph, 'seed-1', 's1', [])).toEqual(first)
    expect(liveChoices(graph, 'seed-1', 's1', ['f'])).toHaveLength(4)
  })

  test('the split shows only once revealed and from the minimum', () => {
    const under = [
      { choiceId: 'a', count: LIVE_SPLIT_MINIMUM - 2 },
      { choiceId: 'b', count: 1 },
    ]
    expect(visibleSplit('revealed', under)).toBeNull()
    const enough = [...under, { choiceId: 'd', count: 1 }]
    expect(visibleSplit('closed', enough)).toBeNull()
    expect(visibleSplit('revealed', enough)).toEqual(enough)
  })

  test('majority, tie and no votes', () => {
    expect(
      majority([
        { choiceId: 'a', count: 3 },
        { choiceId: 'b', count: 2 },
      ]),
    ).toEqual({ kind: 'choice', choiceId: 'a' })
    expect(
      majority([
        { choiceId: 'a', count: 2 },
        { choiceId: 'b', count: 2 },
      ]),
    ).toEqual({
      kind: 'tie',
      choiceIds: ['a', 'b'],
    })
    expect(majority([])).toEqual({ kind: 'none' })
  })
})
