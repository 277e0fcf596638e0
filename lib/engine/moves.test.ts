import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { validateDilemmaSource } from '@/lib/scenarios/validate'
import { TEST_REGISTER } from '@/tests/fixtures/scenarios/register'
import { nextState, offeredChoices } from './moves'

function fixtureGraph(): DilemmaGraph {
  const source = readFileSync(path.resolve('tests/fixtures/scenarios/valid/demo/gesprek.mdx'), 'utf8')
  const { graph } = validateDilemmaSource(source, {
    file: 'gesprek.mdx',
    expectedId: 'gesprek',
    register: TEST_REGISTER,
  })
  if (!graph) throw new Error('the valid fixture should have a graph')
  return graph
}

const graph = fixtureGraph()
const ids = (choices: { id: string }[]) => choices.map((choice) => choice.id)

describe('offeredChoices', () => {
  it('offers the choices of the current scene whose when/unless hold', () => {
    expect(ids(offeredChoices(graph, { scene: 'intro', flags: [] }))).toEqual(['doorvragen', 'melden'])
    expect(ids(offeredChoices(graph, { scene: 'afweging', flags: [] }))).toEqual(['twijfel', 'terug'])
    expect(ids(offeredChoices(graph, { scene: 'afweging', flags: ['vertrouwen'] }))).toEqual([
      'samen',
      'twijfel',
      'terug',
    ])
    expect(ids(offeredChoices(graph, { scene: 'afweging', flags: ['twijfel-gehad'] }))).toEqual(['terug'])
  })

  it('offers nothing at an Ending or an unknown scene', () => {
    expect(offeredChoices(graph, { scene: 'einde-snel', flags: [] })).toEqual([])
    expect(offeredChoices(graph, { scene: 'verdwenen', flags: [] })).toEqual([])
  })
})

describe('nextState', () => {
  it('moves along a legal choice, adds its flags and reports its quality', () => {
    expect(nextState(graph, { scene: 'intro', flags: [] }, 'doorvragen')).toEqual({
      ok: true,
      scene: 'gesprek',
      flags: ['vertrouwen'],
      quality: 'passend',
      ended: false,
    })
  })

  it('leaves out quality for a neutral choice and keeps flags unique', () => {
    expect(nextState(graph, { scene: 'gesprek', flags: ['vertrouwen'] }, 'verder')).toEqual({
      ok: true,
      scene: 'afweging',
      flags: ['vertrouwen'],
      ended: false,
    })
  })

  it('reports reaching an Ending', () => {
    const move = nextState(graph, { scene: 'afweging', flags: ['vertrouwen'] }, 'samen')
    expect(move).toMatchObject({ ok: true, scene: 'einde-zorgvuldig', ended: true })
  })

  it('refuses a choice that does not exist', () => {
    expect(nextState(graph, { scene: 'intro', flags: [] }, 'vluchten')).toEqual({ ok: false, reason: 'unknown-choice' })
  })

  it('refuses a choice of another scene', () => {
    expect(nextState(graph, { scene: 'intro', flags: [] }, 'samen')).toEqual({ ok: false, reason: 'not-offered' })
  })

  it('refuses a choice ruled out by when or unless', () => {
    expect(nextState(graph, { scene: 'afweging', flags: [] }, 'samen')).toEqual({ ok: false, reason: 'not-offered' })
    expect(nextState(graph, { scene: 'afweging', flags: ['twijfel-gehad'] }, 'twijfel')).toEqual({
      ok: false,
      reason: 'not-offered',
    })
  })

  it('refuses any move once the dilemma has ended', () => {
    expect(nextState(graph, { scene: 'einde-snel', flags: [] }, 'doorvragen')).toEqual({
      ok: false,
      reason: 'already-ended',
    })
  })

  it('refuses a move from a scene that is no longer in the dilemma', () => {
    expect(nextState(graph, { scene: 'verdwenen', flags: [] }, 'doorvragen')).toEqual({
      ok: false,
      reason: 'unknown-scene',
    })
  })
})
