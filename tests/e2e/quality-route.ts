import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isOffered } from '@/lib/engine/moves'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import type { GraphChoice, SceneNode } from '@/lib/scenarios/graph'
import type { Quality } from '@/lib/scenarios/schema'
import { choiceButton, expect, type Page } from './support'

// Plays a dilemma in the browser along a route planned on the catalog by quality, never by position: the choices of
// a scene are shown in a shuffled order, so each one is found by its form's hidden choiceId.

/** The dilemma as the app has it (the generated catalog); fails the test when it is missing. */
export function catalogDilemma(caseId: string, dilemmaId: string): CatalogDilemma {
  const found = getDilemma(caseId, dilemmaId)
  if (!found) throw new Error(`${caseId}/${dilemmaId} is not in the catalog`)
  return found
}

export type RouteStep = { scene: SceneNode; choice: GraphChoice }

/**
 * A route from the start to an ending with outcome `ending`, depth-first: rated choices only of the qualities in
 * `allow`, tried in that order (the choices in `force` first, whatever their quality); unrated choices always.
 */
export function planRoute(
  dilemma: CatalogDilemma,
  target: { ending: Quality; allow: Quality[]; force?: string[] },
): RouteStep[] {
  const { nodes, start } = dilemma.graph
  const forced = (choice: GraphChoice) => target.force?.includes(choice.id) ?? false
  const allowed = (choice: GraphChoice) =>
    choice.quality === undefined || forced(choice) || target.allow.includes(choice.quality)
  // Forced choices first, then by the order of `allow`; unrated ones rank with the first; stable within a rank.
  const rank = (choice: GraphChoice) =>
    forced(choice) ? -1 : choice.quality ? target.allow.indexOf(choice.quality) : 0
  const seen = new Set<string>()
  const visit = (sceneId: string, flags: string[]): RouteStep[] | null => {
    const node = nodes.find((n) => n.id === sceneId)
    if (!node) return null
    if (node.kind === 'ending') return node.outcome === target.ending ? [] : null
    const key = `${sceneId}|${[...flags].sort().join(',')}`
    if (seen.has(key)) return null
    seen.add(key)
    const options = node.choices
      .filter((choice) => isOffered(choice, new Set(flags)) && allowed(choice))
      .sort((a, b) => rank(a) - rank(b))
    for (const choice of options) {
      const rest = visit(choice.to, [...new Set([...flags, ...choice.set])])
      if (rest) return [{ scene: node, choice }, ...rest]
    }
    return null
  }
  const route = visit(start, [])
  if (!route) throw new Error(`No route to a ${target.ending} ending in ${dilemma.id}`)
  return route
}

/** Takes one choice; after a rated one, reads the feedback screen and goes on with "Verder". */
export async function take(page: Page, choice: GraphChoice) {
  await choiceButton(page, choice.id).click()
  if (choice.quality) {
    await expect(
      page.getByRole('heading', { level: 2, name: /Goede keuze|Dit kan, maar let op|Geen goede keuze/ }),
    ).toBeVisible()
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Verder/ })
      .click()
  }
}

/** From the dilemma's start screen, plays the route and waits for the ending. */
export async function playRoute(page: Page, route: RouteStep[]) {
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  for (const step of route) await take(page, step.choice)
  await expect(page.getByRole('heading', { level: 2, name: /^Einde: / })).toBeVisible()
}

/**
 * The first words of a choice's feedback as written in the MDX source (up to the first component), to find it on the
 * page: the catalog holds the feedback only as compiled code.
 */
export function feedbackOpening(dilemma: CatalogDilemma, choiceId: string): string {
  const source = readFileSync(path.resolve(dilemma.file), 'utf8')
  const match = source.match(new RegExp(`<Choice id="${choiceId}"[^>]*>[\\s\\S]*?<Feedback>\\s*([^<\\n]+)`))
  const opening = match?.[1]?.trim()
  if (!opening) throw new Error(`No feedback text found for ${choiceId} in ${dilemma.file}`)
  return opening.slice(0, 60)
}
