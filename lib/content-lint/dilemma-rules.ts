import type { Nodes, Root } from 'mdast'
import { extremes, visibleLength } from '@/lib/engine/label-length'
import { isStatute } from '@/lib/law/register'
import { readAttributes } from '@/lib/scenarios/attributes'
import { isJsxElement, type JsxElement, plainText, positionOf } from '@/lib/scenarios/mdx-nodes'
import { FILE_START, type SourcePosition } from '@/lib/scenarios/problems'

// The content rules of a dilemma that need its choices and feedback together (docs/decisions/024-content-rules-
// and-docent-material.md): every graded feedback cites a LawRef, at least half cite a statute, the passend choice is
// not given away by its length or by the first word of its feedback. Read from the syntax tree, like the engine.

export type RuleFinding = { severity: 'error' | 'warning'; code: string; message: string; at: SourcePosition }

type FeedbackInfo = { position: SourcePosition; laws: string[]; text: string }
type ChoiceInfo = {
  id: string
  quality: string | undefined
  label: string
  position: SourcePosition
  feedback: FeedbackInfo | undefined
}
type SceneInfo = { id: string; position: SourcePosition; choices: ChoiceInfo[] }

/** Share of decision points in which a passend choice may be the (unique) longest, or shortest, option. */
export const MAX_LENGTH_TELL_SHARE = 0.4
/** Share of a dilemma's passend feedbacks that may start with the same word. */
export const MAX_OPENER_SHARE = 0.25
/** First words that give the verdict away whatever follows ("Goed.", "Goed dat je …", "Helaas, …"). */
export const VERDICT_OPENERS: ReadonlySet<string> = new Set(['goed', 'fout', 'helaas'])
/** Words that give the verdict away when they stand alone as the first sentence or clause ("Juist.", "Prima!"). */
export const VERDICT_EXCLAMATIONS: ReadonlySet<string> = new Set([
  'juist',
  'onjuist',
  'correct',
  'incorrect',
  'prima',
  'uitstekend',
  'precies',
  'klopt',
  'jammer',
  'mis',
  'verkeerd',
  'terecht',
  'onterecht',
])

const isElement = (node: Nodes, name: string): node is JsxElement => isJsxElement(node) && node.name === name

function descendants(node: Nodes, name: string, stopAt: readonly string[] = []): JsxElement[] {
  const found: JsxElement[] = []
  const visit = (current: Nodes) => {
    if (!('children' in current)) return
    for (const child of current.children) {
      const element = isJsxElement(child) ? child : undefined
      if (element?.name === name) found.push(element)
      else if (!stopAt.includes(element?.name ?? '')) visit(child)
    }
  }
  visit(node)
  return found
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

function readChoice(element: JsxElement): ChoiceInfo {
  const { values } = readAttributes(element, 'Choice', '')
  const feedback = descendants(element, 'Feedback')[0]
  return {
    id: values.id ?? '?',
    quality: values.quality,
    label: collapse(plainText(element, (node) => isElement(node, 'Feedback'))),
    position: positionOf(element),
    feedback: feedback && {
      position: positionOf(feedback),
      laws: descendants(feedback, 'LawRef').flatMap((ref) => {
        const law = readAttributes(ref, 'LawRef', '').values.law
        return law ? [law] : []
      }),
      text: collapse(plainText(feedback)),
    },
  }
}

function readScenes(tree: Root): SceneInfo[] {
  return descendants(tree, 'Scene').map((scene) => ({
    id: readAttributes(scene, 'Scene', '').values.id ?? '?',
    position: positionOf(scene),
    choices: descendants(scene, 'Choice', ['Scene']).map(readChoice),
  }))
}

/** The first word of a feedback, lower case without punctuation, and whether it stands alone ("Juist." / "Klopt,"). */
export function opener(text: string): { word: string; alone: boolean } {
  const match = /^[^\p{L}\p{N}]*([\p{L}\p{N}’'-]+)(\s*[.!?,:;])?/u.exec(text)
  return { word: (match?.[1] ?? '').toLowerCase(), alone: match?.[2] !== undefined }
}

const percent = (share: number) => `${Math.round(share * 100)} %`
const lines = (items: readonly { position: SourcePosition }[]) => items.map((i) => i.position.line).join(', ')

function lawRefRules(graded: readonly ChoiceInfo[], dilemma: string): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const choice of graded) {
    if (!choice.feedback || choice.feedback.laws.length > 0) continue
    findings.push({
      severity: 'error',
      code: 'feedback-without-lawref',
      message: `The feedback of Choice '${choice.id}' (${choice.quality}) cites no <LawRef>; a vuistregel alone is not enough: add the law or article the verdict rests on`,
      at: choice.feedback.position,
    })
  }
  const withFeedback = graded.filter((choice) => choice.feedback)
  const statute = withFeedback.filter((choice) => choice.feedback?.laws.some(isStatute)).length
  if (withFeedback.length > 0 && statute * 2 < withFeedback.length) {
    findings.push({
      severity: 'warning',
      code: 'few-statutes',
      message: `Dilemma '${dilemma}': only ${statute} of ${withFeedback.length} graded feedbacks cite a statute (a law or regulation, not the handreiking); at least half should`,
      at: FILE_START,
    })
  }
  return findings
}

function lengthRules(scenes: readonly SceneInfo[], dilemma: string): RuleFinding[] {
  const points = scenes.filter((scene) => scene.choices.filter((c) => c.quality).length >= 2)
  if (points.length === 0) return []
  const tells = (which: 'longest' | 'shortest') =>
    points.filter((scene) => {
      const found = extremes(
        scene.choices.map((c) => visibleLength(c.label)),
        which,
      )
      // A tie is not "the longest": only a unique extreme that is passend gives the answer away.
      return found.length === 1 && scene.choices[found[0] as number]?.quality === 'passend'
    })
  const findings: RuleFinding[] = []
  for (const [which, severity] of [
    ['longest', 'error'],
    ['shortest', 'warning'],
  ] as const) {
    const found = tells(which)
    const share = found.length / points.length
    if (share <= MAX_LENGTH_TELL_SHARE) continue
    findings.push({
      severity,
      code: `passend-${which}`,
      message: `Dilemma '${dilemma}': a passend choice is the ${which} option in ${found.length} of ${points.length} decision points (${percent(share)}; at most ${percent(MAX_LENGTH_TELL_SHARE)}), so guessing by length pays: scenes ${found.map((s) => `'${s.id}'`).join(', ')} (lines ${lines(found)}); even out the lengths`,
      at: found[0]?.position ?? FILE_START,
    })
  }
  return findings
}

function openerRules(graded: readonly ChoiceInfo[], dilemma: string): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const choice of graded) {
    if (!choice.feedback) continue
    const { word, alone } = opener(choice.feedback.text)
    if (VERDICT_OPENERS.has(word) || (alone && VERDICT_EXCLAMATIONS.has(word))) {
      findings.push({
        severity: 'error',
        code: 'verdict-opener',
        message: `The feedback of Choice '${choice.id}' opens with "${word}", which gives the verdict away before the reasoning; start with the reason`,
        at: choice.feedback.position,
      })
    }
  }
  const passend = graded.filter((choice) => choice.quality === 'passend' && choice.feedback)
  const byWord = new Map<string, ChoiceInfo[]>()
  for (const choice of passend) {
    const { word } = opener(choice.feedback?.text ?? '')
    if (word) byWord.set(word, [...(byWord.get(word) ?? []), choice])
  }
  for (const [word, choices] of byWord) {
    // One use is never a pattern, also in a dilemma with fewer than four passend feedbacks.
    if (choices.length < 2 || choices.length <= passend.length * MAX_OPENER_SHARE) continue
    const feedbacks = choices.map((c) => ({ position: c.feedback?.position ?? c.position }))
    findings.push({
      severity: 'error',
      code: 'repeated-opener',
      message: `Dilemma '${dilemma}': ${choices.length} of ${passend.length} passend feedbacks start with "${word}" (at most a quarter may), at lines ${lines(feedbacks)}; vary the first words`,
      at: feedbacks[0]?.position ?? FILE_START,
    })
  }
  return findings
}

/** The rules above for one dilemma's syntax tree. */
export function dilemmaRuleFindings(tree: Root, dilemma: string): RuleFinding[] {
  const scenes = readScenes(tree)
  const graded = scenes.flatMap((scene) => scene.choices).filter((choice) => choice.quality)
  return [...lawRefRules(graded, dilemma), ...lengthRules(scenes, dilemma), ...openerRules(graded, dilemma)]
}
