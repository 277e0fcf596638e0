import type { PlayableDilemma } from '@/lib/progress/attempts.server'
import type { DilemmaGraph, GraphChoice } from '@/lib/scenarios/graph'

// A small dilemma graph for recorder tests: start → (a: passend, sets "open") / (b: onjuist) → check;
// "check" offers "meld" only when "open" is set; both lead to endings.
const at = { line: 1, column: 1 }
const choice = (c: Partial<GraphChoice> & Pick<GraphChoice, 'id' | 'to'>): GraphChoice => ({
  set: [],
  label: c.id,
  position: at,
  ...c,
})

export const testGraph: DilemmaGraph = {
  start: 'start',
  nodes: [
    {
      kind: 'scene',
      id: 'start',
      choices: [
        choice({ id: 'a', to: 'check', quality: 'passend', set: ['open'] }),
        choice({ id: 'b', to: 'check', quality: 'onjuist' }),
      ],
      position: at,
    },
    {
      kind: 'scene',
      id: 'check',
      choices: [
        choice({ id: 'meld', to: 'goed', quality: 'passend', when: 'open' }),
        choice({ id: 'wacht', to: 'matig', quality: 'twijfelachtig' }),
      ],
      position: at,
    },
    { kind: 'ending', id: 'goed', title: 'Goed', outcome: 'passend', position: at },
    { kind: 'ending', id: 'matig', title: 'Matig', outcome: 'twijfelachtig', position: at },
  ],
  flagsSet: [],
  flagsTested: [],
  lawRefs: [],
  vuistregels: [],
  terms: [],
}

export const testDilemma: PlayableDilemma = {
  caseId: 'testcase',
  dilemmaId: 'test-dilemma',
  contentHash: 'hash-v1',
  graph: testGraph,
}
