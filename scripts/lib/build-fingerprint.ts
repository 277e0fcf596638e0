import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// `npm start` builds only when the sources changed since the last build: a fingerprint of every source file's path,
// size and modification time, compared with the one written next to the build.
const SOURCES = ['app', 'components', 'lib', 'scenarios', 'types', 'proxy.ts', 'next.config.mjs', 'package.json']
const SKIP = new Set(['node_modules', 'generated', '.next', '.data'])
const FINGERPRINT_FILE = path.join('.next', 'deelwijs-build-fingerprint')

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  const stat = statSync(entry)
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const child of readdirSync(entry)) {
    if (!SKIP.has(child)) yield* files(path.join(entry, child))
  }
}

export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    for (const file of files(path.join(root, source))) {
      const stat = statSync(file)
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  return hash.digest('hex')
}

export function buildIsCurrent(fingerprint: string, root = process.cwd()): boolean {
  const file = path.join(root, FINGERPRINT_FILE)
  return (
    existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(file) && readFileSync(file, 'utf8') === fingerprint
  )
}

export const fingerprintFile = FINGERPRINT_FILE
