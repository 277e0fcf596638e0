import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACTIONS, ROUTES } from '../authorization/matrix'

// The matrix must name every route and action the app has: a new page, route handler or server action without an
// entry fails here, before anyone forgets to decide who may use it.

const APP = path.resolve('app')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? files(full) : [full]
  })
}

/** app/(docent)/klas/[groupId]/page.tsx → /klas/[groupId] */
function routeOf(file: string) {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
  return `/${segments.join('/')}`
}

const all = files(APP)

describe('authorization matrix', () => {
  it('has exactly one entry for every page and route handler', () => {
    const pages = all.filter((f) => /\/page\.tsx$/.test(f)).map((f) => `page ${routeOf(f)}`)
    const handlers = all.filter((f) => /\/route\.ts$/.test(f)).map((f) => `route ${routeOf(f)}`)
    const inMatrix = ROUTES.map((r) => `${r.kind} ${r.route}`)
    expect(inMatrix.sort()).toEqual([...pages, ...handlers].sort())
  })

  it('has an entry for every server action, and each action calls its guard', () => {
    const found: string[] = []
    for (const file of all.filter((f) => /\/actions\.ts$/.test(f))) {
      const source = readFileSync(file, 'utf8')
      const parts = source.split(/(?=export async function )/).slice(1)
      for (const part of parts) {
        const name = part.match(/^export async function (\w+)/)?.[1] ?? ''
        const key = `${path.relative(APP, file)}#${name}`
        found.push(key)
        const entry = ACTIONS[key]
        expect(entry, `no matrix entry for the server action ${key}`).toBeDefined()
        expect(part, `${key} must call its guard`).toMatch(entry?.guard ?? /^$/)
      }
    }
    expect(found.sort()).toEqual(Object.keys(ACTIONS).sort())
  })
})
