import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

// Only the learner's player shows choices in the shuffled order (docs/decisions/017-shuffled-choice-order.md). The
// author view, the class discussion, reports and exports keep the author's order, so none of them may use it. A live
// class session is the one other user: the projector and every phone show one shuffled order per session, so the room
// can say "B", and its CSV names the choices by those letters (docs/decisions/032-live-class-sessions.md).

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

test('the shuffled choice order is used by the player scene and nowhere else in the app', () => {
  const users = ['app', 'components', 'lib']
    .flatMap(sourceFiles)
    .filter((file) => !file.startsWith(path.join('lib', 'engine', 'shuffle')))
    .filter((file) => /from ['"](@\/lib\/engine|\.)\/shuffle['"]/.test(readFileSync(file, 'utf8')))
  expect(users.sort()).toEqual(
    [
      path.join('app', '(leren)', 'leren', '[caseId]', '[dilemmaId]', 'scene-screen.tsx'),
      path.join('lib', 'live', 'aggregates.server.ts'),
      path.join('lib', 'live', 'view.ts'),
    ].sort(),
  )
})
