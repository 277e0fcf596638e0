// Talking to the app over plain HTTP the way a browser without JavaScript does: the sign-in form is POSTed with its
// hidden server-action fields, and moves go to the JSON API the player's clients use.
import path from 'node:path'
import { offeredChoices } from '@/lib/engine/moves'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { loadCase } from '@/lib/scenarios/scenario-files.server'

export type Client = { base: string; forwardedFor: string }

function headers(client: Client, extra: Record<string, string> = {}) {
  return { origin: client.base, 'x-forwarded-for': client.forwardedFor, ...extra }
}

function decode(value: string) {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

/** The hidden inputs of the page's forms (the server action's id and bound state). */
export function hiddenFields(html: string): Array<[string, string]> {
  const fields: Array<[string, string]> = []
  for (const [input] of html.matchAll(/<input[^>]*>/g)) {
    if (!/type="hidden"/.test(input)) continue
    const name = input.match(/name="([^"]*)"/)?.[1]
    if (name) fields.push([decode(name), decode(input.match(/value="([^"]*)"/)?.[1] ?? '')])
  }
  return fields
}

export type SignInResult = { cookie: string | null; status: number; html: string }

/** Submits the sign-in form as a plain POST. A session cookie comes back on success; the page with its message on failure. */
export async function signIn(client: Client, email: string, password: string): Promise<SignInResult> {
  const page = await fetch(`${client.base}/inloggen`, { headers: headers(client) })
  const form = new FormData()
  for (const [name, value] of hiddenFields(await page.text())) form.append(name, value)
  form.append('email', email)
  form.append('password', password)
  const response = await fetch(`${client.base}/inloggen`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: headers(client),
  })
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .filter((c) => !c.endsWith('='))
  const session = cookies.find((c) => c.includes('session-token'))
  return { cookie: session ? cookies.join('; ') : null, status: response.status, html: await response.text() }
}

const loaded = loadCase(path.resolve('scenarios', 'kramer'), { display: (p) => p })
const graphs = new Map(loaded.dilemmas.map((d) => [d.id, d.validation.graph as DilemmaGraph]))
export const dilemmaIds = [...graphs.keys()]

export type State = { attemptId: string; scene: string; flags: string[]; step: number; status: string }

export async function postJson(client: Client, url: string, cookie: string, body: unknown) {
  return fetch(`${client.base}${url}`, {
    method: 'POST',
    headers: headers(client, { 'content-type': 'application/json', cookie }),
    body: JSON.stringify(body),
  })
}

export function startAttempt(client: Client, cookie: string, dilemmaId: string) {
  return postJson(client, '/api/attempts', cookie, { caseId: 'kramer', dilemmaId })
}

/** The body of the next move of an attempt: always a choice that is offered (the n-th, round). */
export function nextMoveBody(dilemmaId: string, state: State, n: number) {
  const offered = offeredChoices(graphs.get(dilemmaId) as DilemmaGraph, state)
  const choice = offered[n % offered.length]
  if (!choice) throw new Error(`no choice offered in ${dilemmaId} at step ${state.step}`)
  return { caseId: 'kramer', dilemmaId, kind: 'choice', step: state.step + 1, choiceId: choice.id }
}

export function recordMove(client: Client, cookie: string, dilemmaId: string, state: State, n: number) {
  return postJson(client, `/api/attempts/${state.attemptId}/moves`, cookie, nextMoveBody(dilemmaId, state, n))
}
