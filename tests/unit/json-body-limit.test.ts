import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

// Every JSON body a route reads goes through the one size-limited reader (lib/http/json-body.server.ts): a route that
// calls request.json() itself parses whatever size it is sent (3 MB was parsed before this rule).
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : sources(full)
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : []
  })
}

test('no route or server module reads a request body as JSON except the size-limited reader', () => {
  const offenders = [...sources('app'), ...sources('lib')].filter((file) => {
    if (file === path.join('lib', 'http', 'json-body.server.ts')) return false
    return /\b(request|req)\.(json|text|arrayBuffer)\(\)/.test(readFileSync(file, 'utf8'))
  })
  expect(offenders).toEqual([])
})
