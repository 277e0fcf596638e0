import type { Nodes, Root } from 'mdast'
import type {
  GraphChoice as EngineChoice,
  EndingNode as EngineEnding,
  SceneNode as EngineScene,
  Pin,
  Quality,
} from '@/lib/engine/graph'
import { describeElement, readAttributes, splitFlags } from './attributes'
import {
  CASE_COMPONENTS,
  COMPONENT_NAMES,
  COMPONENTS,
  type ComponentName,
  type Container,
  isComponentName,
} from './components'
import { ALLOWED_HTML, GLOBAL_HTML_ATTRIBUTES, isAllowedAttribute, isAllowedTag, isSafeUrl } from './html'
import { classifyExpression, isJsxElement, type JsxElement, plainText, positionOf } from './mdx-nodes'
import { type Problem, type ProblemCode, problem, type SourcePosition } from './problems'

// Reads a dilemma's graph from its syntax tree: scenes and endings with their choices, and every flag, legal
// reference, rule of thumb and term the prose uses. Problems local to one element (a bad attribute, a choice
// without text) are found here; problems of the graph as a whole are found in graph-rules.ts.

/** A choice as authored: the engine's choice plus where it stands in the source file. */
export type GraphChoice = EngineChoice & { position: SourcePosition }
export type SceneNode = Omit<EngineScene, 'choices'> & { choices: GraphChoice[]; position: SourcePosition }
export type EndingNode = EngineEnding & { position: SourcePosition }
export type GraphNode = SceneNode | EndingNode

export type FlagUse = { flag: string; position: SourcePosition }
export type LawRefUse = { law: string; article?: string; position: SourcePosition }
export type IdUse = { id: string; position: SourcePosition }

export type References = { lawRefs: LawRefUse[]; vuistregels: IdUse[]; terms: IdUse[] }

/** The authored graph: assignable to the engine's PlayGraph, with positions and references for the author's tools. */
export type DilemmaGraph = References & {
  start: string
  /** In file order. */
  nodes: GraphNode[]
  flagsSet: FlagUse[]
  flagsTested: FlagUse[]
}

export type Extraction<T> = {
  value: T
  problems: Problem[]
  /** True when an element was left out of the graph because of its problems, so whole-graph checks would mislead. */
  incomplete: boolean
}

type Mode = 'dilemma' | 'case'

type ChoiceDraft = { subject: string; feedbackCount: number }
type SceneDraft = { choiceCount: number; choices: GraphChoice[] }

type Context = { container: Container; scene?: SceneDraft; choice?: ChoiceDraft }

class Walker {
  readonly problems: Problem[] = []
  readonly nodes: GraphNode[] = []
  readonly flagsSet: FlagUse[] = []
  readonly flagsTested: FlagUse[] = []
  readonly references: References = { lawRefs: [], vuistregels: [], terms: [] }
  incomplete = false

  constructor(
    private readonly file: string,
    private readonly mode: Mode,
  ) {}

  private report(code: ProblemCode, message: string, at: SourcePosition) {
    this.problems.push(problem(code, message, this.file, at))
  }

  walkRoot(tree: Root) {
    for (const child of tree.children) {
      if (child.type === 'yaml') continue
      if (this.mode === 'dilemma' && !isComponentElement(child) && textOutsideComponents(child).trim() !== '') {
        this.report(
          'prose-outside-node',
          'Text outside a <Scene> or <Ending> is not part of the dilemma; move it into a Scene (or make it an author note with {/* … */})',
          positionOf(child),
        )
      }
      this.walk(child, { container: 'root' })
    }
  }

  private walkChildren(node: Nodes, context: Context) {
    if ('children' in node) for (const child of node.children) this.walk(child, context)
  }

  private walk(node: Nodes, context: Context) {
    switch (node.type) {
      case 'mdxjsEsm':
        this.report(
          'esm',
          `Scenario files may not import or export (found \`${node.value.split('\n')[0]}\`)`,
          positionOf(node),
        )
        return
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (classifyExpression(node.data?.estree).kind === 'code') {
          this.report(
            'expression',
            `The expression {${node.value}} is code, which scenario prose may not contain; write {'{'} for a literal brace`,
            positionOf(node),
          )
        }
        return
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.element(node, context)
        return
      // Markdown links and images become <a href> and <img src>: their URLs pass the same check as raw HTML.
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url)) this.unsafeUrl(node.url, positionOf(node))
        this.walkChildren(node, context)
        return
      default:
        this.walkChildren(node, context)
    }
  }

  private element(element: JsxElement, context: Context) {
    const name = element.name
    if (name === null) {
      this.report('unknown-component', 'A JSX fragment <>…</> is not part of the scenario format', positionOf(element))
      this.walkChildren(element, context)
      return
    }
    if (isHtmlName(name)) {
      this.htmlElement(element, context)
      return
    }
    if (!isComponentName(name)) {
      this.report(
        'unknown-component',
        `Unknown component <${name}>; the components are ${COMPONENT_NAMES.join(', ')}`,
        positionOf(element),
      )
      this.walkChildren(element, context)
      return
    }
    const { values, problems } = readAttributes(element, name, this.file)
    // Flags and references count even on a misplaced element, so moving it is the only fix needed.
    this.recordUses(name, values, element)
    if (!this.isAllowed(name, context.container)) {
      this.report('misplaced-component', this.placementMessage(element, name), positionOf(element))
      this.incomplete ||= name === 'Scene' || name === 'Ending' || name === 'Choice'
      if (context.scene && name === 'Choice') context.scene.choiceCount++
      this.walkChildren(element, { ...context, container: name })
      return
    }
    this.problems.push(...problems)
    const valid = problems.length === 0

    switch (name) {
      case 'Scene':
        this.scene(element, values, valid)
        return
      case 'Ending':
        this.ending(element, values, valid)
        return
      case 'Choice':
        this.choice(element, values, context, valid)
        return
      case 'Feedback':
        this.feedback(element, context)
        return
      default:
        this.walkChildren(element, { ...context, container: name })
    }
  }

  private isAllowed(name: ComponentName, container: Container): boolean {
    if (this.mode === 'case') return CASE_COMPONENTS.includes(name)
    return COMPONENTS[name].allowedIn.includes(container)
  }

  private placementMessage(element: JsxElement, name: ComponentName): string {
    if (this.mode === 'case') return `${describeElement(element)} belongs in a dilemma file, not in case.mdx`
    return `${describeElement(element)} is misplaced: ${COMPONENTS[name].placementHint}`
  }

  private htmlElement(element: JsxElement, context: Context) {
    const tag = element.name ?? ''
    if (!isAllowedTag(tag)) {
      const message = `<${tag}> is not allowed in scenario prose; allowed HTML tags are ${Object.keys(ALLOWED_HTML).join(', ')}`
      this.report('html-not-allowed', message, positionOf(element))
    }
    for (const attribute of element.attributes) {
      const at = positionOf(attribute.position ? attribute : element)
      const isExpression = attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object'
      if (isExpression && attribute.value !== null) {
        this.report(
          'expression-attribute',
          `<${tag}> has an expression attribute; write attributes as name="value"`,
          at,
        )
        continue
      }
      if (attribute.type !== 'mdxJsxAttribute' || !isAllowedTag(tag)) continue
      if (!isAllowedAttribute(tag, attribute.name)) {
        const why = /^on/i.test(attribute.name) ? ' (event handlers run code)' : ''
        const message = `Attribute '${attribute.name}' is not allowed on <${tag}>${why}; allowed are ${[...GLOBAL_HTML_ATTRIBUTES, ...(ALLOWED_HTML[tag] ?? [])].join(', ')}`
        this.report('html-not-allowed', message, at)
      } else if (attribute.name === 'href' && typeof attribute.value === 'string' && !isSafeUrl(attribute.value)) {
        this.unsafeUrl(attribute.value, at)
      }
    }
    this.walkChildren(element, context)
  }

  private unsafeUrl(url: string, at: SourcePosition) {
    const message = `The link "${url.slice(0, 60)}" uses a scheme that is not allowed; link only to https:, http: or mailto: addresses`
    this.report('html-not-allowed', message, at)
  }

  private recordUses(name: ComponentName, values: Partial<Record<string, string>>, element: JsxElement) {
    const position = positionOf(element)
    if (name === 'Choice') {
      for (const flag of splitFlags(values.set)) this.flagsSet.push({ flag, position })
      if (values.when) this.flagsTested.push({ flag: values.when, position })
      if (values.unless) this.flagsTested.push({ flag: values.unless, position })
    } else if ((name === 'When' || name === 'Unless') && values.flag) {
      this.flagsTested.push({ flag: values.flag, position })
    } else if (name === 'LawRef' && values.law) {
      this.references.lawRefs.push({
        law: values.law,
        ...(values.article ? { article: values.article } : {}),
        position,
      })
    } else if (name === 'Vuistregel' && values.id) {
      this.references.vuistregels.push({ id: values.id, position })
    } else if (name === 'Term' && values.id) {
      this.references.terms.push({ id: values.id, position })
    }
  }

  private scene(element: JsxElement, values: Partial<Record<string, string>>, valid: boolean) {
    const draft: SceneDraft = { choiceCount: 0, choices: [] }
    this.walkChildren(element, { container: 'Scene', scene: draft })
    if (draft.choiceCount === 0) {
      this.report(
        'no-choices',
        `${describeElement(element)} has no <Choice>; every Scene needs at least one (an Ending has none)`,
        positionOf(element),
      )
    }
    if (!valid || values.id === undefined) {
      this.incomplete = true
      return
    }
    this.nodes.push({
      kind: 'scene',
      id: values.id,
      ...(values.title ? { title: values.title } : {}),
      choices: draft.choices,
      position: positionOf(element),
    })
  }

  private ending(element: JsxElement, values: Partial<Record<string, string>>, valid: boolean) {
    this.walkChildren(element, { container: 'Ending' })
    const { id, outcome, title } = values
    if (!valid || id === undefined || title === undefined || outcome === undefined) {
      this.incomplete = true
      return
    }
    this.nodes.push({ kind: 'ending', id, title, outcome: outcome as Quality, position: positionOf(element) })
  }

  private choice(element: JsxElement, values: Partial<Record<string, string>>, context: Context, valid: boolean) {
    const subject = describeElement(element)
    const draft: ChoiceDraft = { subject, feedbackCount: 0 }
    this.walkChildren(element, { container: 'Choice', choice: draft })
    const label = plainText(element, isFeedback).replace(/\s+/g, ' ').trim()
    if (label === '') {
      this.report('empty-choice-text', `${subject} has no text for the learner to choose`, positionOf(element))
    }
    if (values.quality && draft.feedbackCount === 0) {
      this.report(
        'missing-feedback',
        `${subject} has quality="${values.quality}" but no <Feedback> explaining it`,
        positionOf(element),
      )
    }
    if (context.scene) context.scene.choiceCount++
    const { id, to } = values
    if (!valid || !context.scene || id === undefined || to === undefined) {
      this.incomplete = true
      return
    }
    context.scene.choices.push({
      id,
      to,
      ...(values.quality ? { quality: values.quality as Quality } : {}),
      set: splitFlags(values.set),
      ...(values.when ? { when: values.when } : {}),
      ...(values.unless ? { unless: values.unless } : {}),
      ...(values.pin ? { pin: values.pin as Pin } : {}),
      label,
      position: positionOf(element),
    })
  }

  private feedback(element: JsxElement, context: Context) {
    if (context.choice) {
      context.choice.feedbackCount++
      if (context.choice.feedbackCount > 1) {
        const message = `${context.choice.subject} has more than one <Feedback>; merge them into one`
        this.report('duplicate-feedback', message, positionOf(element))
      } else if (plainText(element).trim() === '') {
        const message = `The <Feedback> of ${context.choice.subject} is empty; explain why the choice is wise, risky or wrong`
        this.report('missing-feedback', message, positionOf(element))
      }
    }
    this.walkChildren(element, { ...context, container: 'Feedback' })
  }
}

function isFeedback(node: Nodes): boolean {
  return isJsxElement(node) && node.name === 'Feedback'
}

/** Lowercase tags such as <abbr> are HTML, allowed as prose; capitalised (or dotted) names are components. */
function isHtmlName(name: string): boolean {
  return /^[a-z]/.test(name) && !name.includes('.')
}

function isComponentElement(node: Nodes): boolean {
  return isJsxElement(node) && !(node.name !== null && isHtmlName(node.name))
}

/** Text a node shows itself, not counting what its components show. */
function textOutsideComponents(node: Nodes): string {
  return plainText(node, isComponentElement)
}

export type DilemmaStructure = Omit<DilemmaGraph, 'start'>

/** The graph of a dilemma file, with the problems of individual elements. */
export function extractDilemma(tree: Root, file: string): Extraction<DilemmaStructure> {
  const walker = new Walker(file, 'dilemma')
  walker.walkRoot(tree)
  return {
    value: {
      nodes: walker.nodes,
      flagsSet: walker.flagsSet,
      flagsTested: walker.flagsTested,
      ...walker.references,
    },
    problems: walker.problems,
    incomplete: walker.incomplete,
  }
}

/** The references a case introduction makes, with problems for anything that belongs in a dilemma. */
export function extractCaseReferences(tree: Root, file: string): Extraction<References> {
  const walker = new Walker(file, 'case')
  walker.walkRoot(tree)
  return { value: walker.references, problems: walker.problems, incomplete: walker.incomplete }
}

/** The first Scene in the file: where a dilemma starts unless its frontmatter names another. */
export function defaultStart(structure: DilemmaStructure): string | undefined {
  return structure.nodes.find((node) => node.kind === 'scene')?.id
}
