// The components a scenario file may use (docs/scenario-format.md): their attributes and where each may appear.

export type ComponentName =
  | 'Scene'
  | 'Choice'
  | 'Feedback'
  | 'Ending'
  | 'LawRef'
  | 'Vuistregel'
  | 'Term'
  | 'When'
  | 'Unless'

/** What an attribute value must look like. */
export type AttributeKind =
  | 'id' // kebab-case
  | 'reference' // a key of the law register; checked against the register separately
  | 'flag' // one flag name
  | 'flags' // space-separated flag names
  | 'quality' // passend | twijfelachtig | onjuist
  | 'pin' // first | last
  | 'text' // any non-empty text

export type AttributeSpec = { kind: AttributeKind; required: boolean }

/** Where a component sits: inside another component, or at the top level of the file. */
export type Container = ComponentName | 'root'

type ComponentSpec = {
  attributes: Readonly<Record<string, AttributeSpec>>
  /** The nearest enclosing component (markdown such as paragraphs and lists does not count). */
  allowedIn: readonly Container[]
  /** Shown with a "misplaced component" problem. */
  placementHint: string
}

const required = (kind: AttributeKind): AttributeSpec => ({ kind, required: true })
const optional = (kind: AttributeKind): AttributeSpec => ({ kind, required: false })

// Where prose with references may go. Not in a choice's own text: that becomes a button, and a legal reference
// or glossary term is interactive itself, which cannot be nested inside a button.
const PROSE_CONTAINERS: readonly Container[] = ['Scene', 'Feedback', 'Ending', 'When', 'Unless']

export const COMPONENTS: Readonly<Record<ComponentName, ComponentSpec>> = {
  Scene: {
    attributes: { id: required('id'), title: optional('text') },
    allowedIn: ['root'],
    placementHint: 'a Scene belongs at the top level of a dilemma file',
  },
  Choice: {
    attributes: {
      id: required('id'),
      to: required('id'),
      quality: optional('quality'),
      set: optional('flags'),
      when: optional('flag'),
      unless: optional('flag'),
      // The learner sees a scene's choices in an order shuffled per attempt; a pinned choice keeps its place.
      pin: optional('pin'),
    },
    allowedIn: ['Scene'],
    placementHint: 'a Choice belongs directly inside a Scene (use its when/unless attributes for conditions)',
  },
  Feedback: {
    attributes: {},
    allowedIn: ['Choice'],
    placementHint: 'Feedback belongs inside a Choice',
  },
  Ending: {
    attributes: { id: required('id'), outcome: required('quality'), title: required('text') },
    allowedIn: ['root'],
    placementHint: 'an Ending belongs at the top level of a dilemma file',
  },
  LawRef: {
    attributes: { law: required('reference'), article: optional('reference') },
    allowedIn: PROSE_CONTAINERS,
    placementHint: 'a LawRef belongs in the prose of a Scene, Feedback or Ending, not in choice text',
  },
  Vuistregel: {
    attributes: { id: required('reference') },
    allowedIn: PROSE_CONTAINERS,
    placementHint: 'a Vuistregel belongs in the prose of a Scene, Feedback or Ending, not in choice text',
  },
  Term: {
    attributes: { id: required('reference') },
    allowedIn: PROSE_CONTAINERS,
    placementHint: 'a Term belongs in the prose of a Scene, Feedback or Ending, not in choice text',
  },
  When: {
    attributes: { flag: required('flag') },
    allowedIn: ['Scene', 'Ending', 'When', 'Unless'],
    placementHint: 'When belongs in the prose of a Scene or Ending',
  },
  Unless: {
    attributes: { flag: required('flag') },
    allowedIn: ['Scene', 'Ending', 'When', 'Unless'],
    placementHint: 'Unless belongs in the prose of a Scene or Ending',
  },
}

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[]

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name)
}

/** The references a case introduction may use; graph components belong in dilemma files. */
export const CASE_COMPONENTS: readonly ComponentName[] = ['LawRef', 'Vuistregel', 'Term']
