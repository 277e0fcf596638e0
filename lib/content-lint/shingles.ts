import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// Copied text: a run of SHINGLE_SIZE or more consecutive words that a scenario shares with a source text. Words
// are compared normalised (lower case, no punctuation), so changing only case, quotes or commas still matches.

export const SHINGLE_SIZE = 12

/** Lower case, apostrophes dropped inside words ("dilemma's" is one word), other punctuation as a space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’`](?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
}

export function normalizeWords(text: string): string[] {
  return normalizeText(text)
    .split(/\s+/)
    .filter((word) => word !== '')
}

export type SourceDocument = { name: string; text: string }

/** Every SHINGLE_SIZE-word sequence of the sources, each with the first source it occurs in. */
export type ShingleIndex = { size: number; shingles: Map<string, string> }

export function buildShingleIndex(documents: readonly SourceDocument[], size = SHINGLE_SIZE): ShingleIndex {
  const shingles = new Map<string, string>()
  for (const document of documents) {
    const words = normalizeWords(document.text)
    for (let i = 0; i + size <= words.length; i++) {
      const key = words.slice(i, i + size).join(' ')
      if (!shingles.has(key)) shingles.set(key, document.name)
    }
  }
  return { size, shingles }
}

export type CopiedRun = {
  /** Index of the run's first word in the words searched. */
  start: number
  /** Number of words in the run (at least the shingle size). */
  length: number
  /** The source its first shingle was found in. */
  source: string
}

/** The maximal runs of `words` (already normalised) that the index's sources share, in order. */
export function findCopiedRuns(words: readonly string[], index: ShingleIndex): CopiedRun[] {
  const runs: CopiedRun[] = []
  let current: CopiedRun | undefined
  for (let i = 0; i + index.size <= words.length; i++) {
    const source = index.shingles.get(words.slice(i, i + index.size).join(' '))
    if (source === undefined) {
      current = undefined
    } else if (current && current.start + current.length - index.size + 1 === i) {
      current.length++
    } else {
      current = { start: i, length: index.size, source }
      runs.push(current)
    }
  }
  return runs
}

export type SeedsResult =
  | { status: 'absent'; directory: string }
  | { status: 'loaded'; directory: string; files: number; index: ShingleIndex }

/**
 * The shingles of every file in the seeds folder (the source texts content must not copy from). The folder only
 * exists next to the main working tree, not in other clones, so a missing folder is a normal outcome.
 */
export function loadSeeds(directory: string): SeedsResult {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) return { status: 'absent', directory }
  const documents = readdirSync(directory)
    .sort()
    .map((name) => path.join(directory, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }))
  return { status: 'loaded', directory, files: documents.length, index: buildShingleIndex(documents) }
}
