import type { Yaml } from 'mdast'
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml'
import type { z } from 'zod'
import { errorMessage, FILE_START, type Problem, problem, type SourcePosition } from './problems'

// Frontmatter is read with `yaml` rather than gray-matter because its document model keeps the offset of every key,
// so a problem in `spokes[2].dilemma` can point at that exact line of the file.

export type FrontmatterResult<T> = {
  /** The validated data, or undefined when there were problems. */
  data: T | undefined
  problems: Problem[]
  /** The position in the file of a frontmatter key, e.g. ['spokes', 2, 'dilemma'] (or of its nearest ancestor). */
  locate: (path: readonly PropertyKey[]) => SourcePosition
}

function firstLine(message: string): string {
  // yaml appends "at line L, column C:" and a source excerpt; our own position replaces both.
  const line = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
  // yaml catches its own stack overflow on absurdly deep nesting; the author needs to know what to change.
  return line.includes('call stack')
    ? 'it is nested too deeply to read; the format needs at most a few levels (a list of maps)'
    : line
}

/** Aliases may expand to at most this many nodes in all: real frontmatter has none, an "alias bomb" has billions. */
const MAX_ALIAS_COUNT = 100

/** The first alias (*name) in the document, for pointing at an alias bomb. */
function firstAlias(document: Document): YamlNode | undefined {
  let found: YamlNode | undefined
  visit(document, {
    Alias(_, node) {
      found = node
      return visit.BREAK
    },
  })
  return found
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

export function readFrontmatter<T>(
  node: Yaml | undefined,
  schema: z.ZodType<T>,
  file: string,
  what: string,
): FrontmatterResult<T> {
  if (!node?.position) {
    return {
      data: undefined,
      problems: [
        problem('frontmatter', `The ${what} has no frontmatter: start the file with a --- block`, file, FILE_START),
      ],
      locate: () => FILE_START,
    }
  }
  // The yaml node starts at the opening `---`; its value starts on the next line.
  const firstValueLine = node.position.start.line + 1
  const lineCounter = new LineCounter()
  const document = parseDocument(node.value, { lineCounter, uniqueKeys: true })
  const toFile = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: firstValueLine + line - 1, column: col }
  }
  const blockStart = node.position.start

  const locate = (path: readonly PropertyKey[]): SourcePosition => {
    for (let length = path.length; length >= 0; length--) {
      const prefix = path.slice(0, length)
      // Point at the key of a map entry (its line is where an author looks), otherwise at the value itself.
      const parent = prefix.length > 0 ? document.getIn(prefix.slice(0, -1), true) : undefined
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === prefix.at(-1))
        const keyNode = pair?.key as YamlNode | undefined
        if (keyNode?.range) return toFile(keyNode.range[0])
      }
      const value = document.getIn(prefix, true) as YamlNode | undefined
      if (value?.range) return toFile(value.range[0])
    }
    return blockStart
  }

  if (document.errors.length > 0) {
    // Nesting too deep fails at every level on the way out; the first report says it all.
    const overflow = document.errors.find((error) => error.message.includes('call stack'))
    return {
      data: undefined,
      problems: (overflow ? [overflow] : document.errors).map((error) =>
        problem(
          'frontmatter',
          `Frontmatter is not valid YAML: ${firstLine(error.message)}`,
          file,
          toFile(error.pos[0]),
        ),
      ),
      locate,
    }
  }

  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}
  } catch (error) {
    // The only content-dependent failure of toJS: aliases that expand exponentially (yaml refuses past the count).
    const at = firstAlias(document)?.range?.[0]
    const message = `Frontmatter aliases (*name) expand to too many values: ${errorMessage(error)}; write the values out instead of using anchors and aliases`
    return {
      data: undefined,
      problems: [problem('frontmatter', message, file, at === undefined ? blockStart : toFile(at))],
      locate,
    }
  }
  const result = schema.safeParse(value)
  if (result.success) return { data: result.data, problems: [], locate }
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key]
        return problem(
          'frontmatter',
          `Frontmatter field '${describePath(path)}' is not part of the format`,
          file,
          locate(path),
        )
      })
    }
    const field = issue.path.length > 0 ? `field '${describePath(issue.path)}'` : 'block'
    // zod's wording for an absent key ("expected string, received undefined") reads oddly to an author.
    const message =
      issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'is required' : issue.message
    return [problem('frontmatter', `Frontmatter ${field}: ${message}`, file, locate(issue.path))]
  })
  return { data: undefined, problems, locate }
}
