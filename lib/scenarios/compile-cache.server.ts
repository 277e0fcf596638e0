import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// Compiled MDX by content hash, so a build only compiles files that changed. Each entry records the compiler that
// made it; an entry from another compiler version is a miss, not stale output.

type Entry = { compiler: string; code: string }

export type CompileCache = {
  get: (hash: string) => string | undefined
  set: (hash: string, code: string) => void
}

export function fileCompileCache(directory: string, compiler: string): CompileCache {
  const file = (hash: string) => path.join(directory, `${hash}.json`)
  return {
    get(hash) {
      try {
        const entry = JSON.parse(readFileSync(file(hash), 'utf8')) as Partial<Entry>
        return entry.compiler === compiler && typeof entry.code === 'string' ? entry.code : undefined
      } catch {
        // Missing or unreadable (e.g. half-written by an interrupted build): compile again.
        return undefined
      }
    },
    set(hash, code) {
      mkdirSync(directory, { recursive: true })
      const temporary = `${file(hash)}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify({ compiler, code } satisfies Entry))
      renameSync(temporary, file(hash))
    },
  }
}
