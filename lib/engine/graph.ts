// The dilemma as the rules of play see it: scenes with their choices, endings with their outcome. Pure data with no
// source positions or references; the MDX tooling (lib/scenarios) extracts a richer graph that is assignable to this.

export const QUALITIES = ['passend', 'twijfelachtig', 'onjuist'] as const
export type Quality = (typeof QUALITIES)[number]

export function isQuality(value: string): value is Quality {
  return (QUALITIES as readonly string[]).includes(value)
}

/** Where a choice stays when the choices of a scene are shuffled (see shuffle.ts); unpinned choices are shuffled. */
export const PINS = ['first', 'last'] as const
export type Pin = (typeof PINS)[number]

export function isPin(value: string): value is Pin {
  return (PINS as readonly string[]).includes(value)
}

export type GraphChoice = {
  id: string
  to: string
  quality?: Quality
  set: string[]
  when?: string
  unless?: string
  pin?: Pin
  /** The choice's own text, without its feedback: for logs and reports, not for display (that is compiled MDX). */
  label: string
}

export type SceneNode = { kind: 'scene'; id: string; title?: string; choices: GraphChoice[] }
export type EndingNode = { kind: 'ending'; id: string; title: string; outcome: Quality }
export type GraphNode = SceneNode | EndingNode

export type PlayGraph = {
  start: string
  /** In file order: the author's canonical order. */
  nodes: readonly GraphNode[]
}
