import { isPin, PINS } from '@/lib/engine/graph'
import { type AttributeKind, COMPONENTS, type ComponentName } from './components'
import { classifyExpression, type JsxElement, positionOf } from './mdx-nodes'
import { type Problem, problem } from './problems'
import { FLAG_NAME, isQuality, KEBAB_CASE, QUALITIES } from './schema'

// Attribute values are read from the syntax tree, so they must be literals: `to="gesprek"` (or `{'gesprek'}`).
// An expression such as `to={next}` only has a value when the page runs, which is too late to check the graph.

export type AttributeValues = Partial<Record<string, string>>

export type ReadAttributes = {
  /** Only the attributes that are present and valid. */
  values: AttributeValues
  problems: Problem[]
}

const KIND_RULES: Record<AttributeKind, { test: (value: string) => boolean; expected: string }> = {
  id: { test: (v) => KEBAB_CASE.test(v), expected: 'a kebab-case id (lowercase letters, digits, single hyphens)' },
  reference: { test: (v) => v.trim().length > 0, expected: 'a key of the register in lib/law/register.ts' },
  flag: { test: (v) => FLAG_NAME.test(v), expected: 'one flag name (a letter, then letters, digits, - or _)' },
  flags: {
    test: (v) =>
      v.trim().length > 0 &&
      v
        .trim()
        .split(/\s+/)
        .every((flag) => FLAG_NAME.test(flag)),
    expected: 'space-separated flag names',
  },
  quality: { test: (v) => isQuality(v), expected: `one of ${QUALITIES.join(', ')}` },
  pin: {
    test: (v) => isPin(v),
    expected: `one of ${PINS.join(', ')} (where the choice stays when the choices are shuffled)`,
  },
  text: { test: (v) => v.trim().length > 0, expected: 'non-empty text' },
}

/** How an element is named in messages: with its id when it has a literal one, so the author can find it. */
export function describeElement(element: JsxElement): string {
  const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')
  return typeof id?.value === 'string' ? `<${element.name} id="${id.value}">` : `<${element.name}>`
}

/** Literal values of `element`'s attributes, checked against the component's attribute list. */
export function readAttributes(element: JsxElement, component: ComponentName, file: string): ReadAttributes {
  const spec = COMPONENTS[component].attributes
  const values: AttributeValues = {}
  const problems: Problem[] = []
  const seen = new Set<string>()
  const subject = describeElement(element)

  for (const attribute of element.attributes) {
    const at = positionOf(attribute.position ? attribute : element)
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        problem(
          'expression-attribute',
          `${subject} has a spread attribute {…}; write each attribute as name="value"`,
          file,
          at,
        ),
      )
      continue
    }
    const { name } = attribute
    seen.add(name)
    const rule = Object.hasOwn(spec, name) ? spec[name] : undefined
    if (!rule) {
      const known = Object.keys(spec)
      const list = known.length > 0 ? `its attributes are ${known.join(', ')}` : 'it takes no attributes'
      problems.push(problem('invalid-attribute', `${subject} has no attribute '${name}': ${list}`, file, at))
      continue
    }
    let value: string
    if (attribute.value === null || attribute.value === undefined) {
      problems.push(problem('invalid-attribute', `${subject} attribute '${name}' needs a value: ${name}="…"`, file, at))
      continue
    }
    if (typeof attribute.value === 'string') {
      value = attribute.value
    } else {
      const expression = classifyExpression(attribute.value.data?.estree)
      if (expression.kind !== 'literal') {
        problems.push(
          problem(
            'expression-attribute',
            `${subject} attribute '${name}' must be a literal such as ${name}="…", not the expression {${attribute.value.value}}`,
            file,
            at,
          ),
        )
        continue
      }
      value = expression.value
    }
    if (!KIND_RULES[rule.kind].test(value)) {
      problems.push(
        problem(
          'invalid-attribute',
          `${subject} attribute ${name}="${value}" must be ${KIND_RULES[rule.kind].expected}`,
          file,
          at,
        ),
      )
      continue
    }
    values[name] = rule.kind === 'text' || rule.kind === 'reference' ? value.trim() : value
  }

  for (const [name, rule] of Object.entries(spec)) {
    if (rule.required && !seen.has(name)) {
      problems.push(problem('invalid-attribute', `${subject} needs a '${name}' attribute`, file, positionOf(element)))
    }
  }
  return { values, problems }
}

/** The flag names of a `set` attribute. */
export function splitFlags(value: string | undefined): string[] {
  return value === undefined ? [] : value.trim().split(/\s+/)
}
