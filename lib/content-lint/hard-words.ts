// Words that make Dutch text harder than B1, each with a plainer alternative. Sources: the common B1 word lists
// of Dutch plain-language guides (such as Direct Duidelijk and Klinkende Taal). A legal term that the register
// explains (TERMS in lib/law/register.ts) is not a hard word: learners can open its explanation.

export type HardWord = {
  /** How the word is shown in the report, e.g. "dienen (te)". */
  word: string
  /** The B1 alternative(s). */
  alternative: string
  /** The forms that are found in the text (lower case, whole words); defaults to [word]. */
  forms?: readonly string[]
}

export const HARD_WORDS: readonly HardWord[] = [
  { word: 'indien', alternative: 'als' },
  { word: 'teneinde', alternative: 'om' },
  { word: 'derhalve', alternative: 'daarom' },
  { word: 'reeds', alternative: 'al' },
  { word: 'trachten', alternative: 'proberen', forms: ['trachten', 'tracht', 'trachtte', 'trachtten', 'getracht'] },
  { word: 'aanvang', alternative: 'begin' },
  { word: 'middels', alternative: 'met, via' },
  { word: 'omtrent', alternative: 'over' },
  { word: 'alvorens', alternative: 'voordat' },
  { word: 'dienen (te)', alternative: 'moeten', forms: ['dienen', 'dient', 'diende', 'dienden'] },
  { word: 'woonachtig', alternative: 'wonend' },
  {
    word: 'verstrekken',
    alternative: 'geven',
    forms: ['verstrekken', 'verstrekt', 'verstrekte', 'verstrekten', 'verstrekking'],
  },
  { word: 'inzake', alternative: 'over' },
  { word: 'ten behoeve van', alternative: 'voor' },
  { word: 'aangaande', alternative: 'over' },
  { word: 'betreffende', alternative: 'over' },
  { word: 'doch', alternative: 'maar' },
  { word: 'echter', alternative: 'maar' },
  { word: 'thans', alternative: 'nu' },
  { word: 'wellicht', alternative: 'misschien' },
  { word: 'geenszins', alternative: 'helemaal niet' },
  { word: 'nadien', alternative: 'daarna' },
  { word: 'voorts', alternative: 'verder, ook' },
  { word: 'tevens', alternative: 'ook' },
  { word: 'eveneens', alternative: 'ook' },
  { word: 'zulks', alternative: 'dat' },
  { word: 'hetgeen', alternative: 'wat' },
  { word: 'ingevolge', alternative: 'volgens' },
  { word: 'krachtens', alternative: 'volgens' },
  { word: 'conform', alternative: 'volgens' },
  { word: 'overeenkomstig', alternative: 'volgens' },
  { word: 'mits', alternative: 'als' },
  { word: 'dusdanig', alternative: 'zo' },
  { word: 'zodoende', alternative: 'zo, daardoor' },
  { word: 'wederom', alternative: 'weer' },
  { word: 'ofschoon', alternative: 'hoewel' },
  { word: 'danwel', alternative: 'of' },
  { word: 'alsmede', alternative: 'en, ook' },
  { word: 'bijgevolg', alternative: 'daardoor' },
  { word: 'dientengevolge', alternative: 'daardoor' },
  { word: 'desalniettemin', alternative: 'toch' },
  { word: 'niettemin', alternative: 'toch' },
  { word: 'evenwel', alternative: 'maar, toch' },
  { word: 'aldus', alternative: 'zo' },
  { word: 'voornemens', alternative: 'van plan' },
  { word: 'vooralsnog', alternative: 'voorlopig' },
  { word: 'onverwijld', alternative: 'meteen' },
  { word: 'terstond', alternative: 'meteen' },
  { word: 'nimmer', alternative: 'nooit' },
  { word: 'gelieve', alternative: 'wil je' },
  { word: 'desgewenst', alternative: 'als je wilt' },
  { word: 'ten aanzien van', alternative: 'over, voor' },
  { word: 'met betrekking tot', alternative: 'over' },
  { word: 'in het kader van', alternative: 'bij, voor' },
  { word: 'in casu', alternative: 'in dit geval' },
  { word: 'ter beschikking stellen', alternative: 'geven' },
  { word: 'verzoeken', alternative: 'vragen', forms: ['verzoeken', 'verzoekt', 'verzocht'] },
  { word: 'bewerkstelligen', alternative: 'zorgen voor' },
  { word: 'fungeren', alternative: 'werken als, zijn', forms: ['fungeren', 'fungeert', 'fungeerde'] },
  { word: 'faciliteren', alternative: 'helpen, mogelijk maken', forms: ['faciliteren', 'faciliteert'] },
  { word: 'implementeren', alternative: 'invoeren', forms: ['implementeren', 'implementeert', 'geïmplementeerd'] },
  { word: 'verifiëren', alternative: 'nagaan, controleren', forms: ['verifiëren', 'verifieert', 'geverifieerd'] },
  { word: 'participeren', alternative: 'meedoen' },
  { word: 'adequaat', alternative: 'goed, passend', forms: ['adequaat', 'adequate'] },
  { word: 'cruciaal', alternative: 'heel belangrijk', forms: ['cruciaal', 'cruciale'] },
  { word: 'evident', alternative: 'duidelijk', forms: ['evident', 'evidente'] },
  { word: 'frequent', alternative: 'vaak', forms: ['frequent', 'frequente'] },
  { word: 'mutatie', alternative: 'wijziging', forms: ['mutatie', 'mutaties'] },
  { word: 'terugkoppelen', alternative: 'laten weten', forms: ['terugkoppelen', 'terugkoppeling'] },
  { word: 'consulteren', alternative: 'om advies vragen', forms: ['consulteren', 'consulteert', 'geconsulteerd'] },
  // These are hard, but the register explains them, so activeHardWords drops them while they are in TERMS.
  { word: 'verwerken', alternative: 'gebruiken' },
  { word: 'proportionaliteit', alternative: 'in verhouding' },
  { word: 'subsidiariteit', alternative: 'de lichtste manier' },
]

const formsOf = (entry: HardWord): readonly string[] => entry.forms ?? [entry.word]

/** The register's terms as they appear in text: the `term` of each entry and its id with spaces for hyphens. */
export function termWords(terms: Readonly<Record<string, { term: string }>>): Set<string> {
  const words = new Set<string>()
  for (const [id, entry] of Object.entries(terms)) {
    words.add(id.replaceAll('-', ' ').toLowerCase())
    words.add(entry.term.toLowerCase())
  }
  return words
}

/** The hard words that apply: those with a form that is a term the register explains are left out. */
export function activeHardWords(list: readonly HardWord[], terms: ReadonlySet<string>): HardWord[] {
  return list.filter((entry) => !formsOf(entry).some((form) => terms.has(form.toLowerCase())))
}

export type HardWordMatch = { entry: HardWord; text: string; start: number; end: number }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One case-insensitive pattern for a list, matching whole words only (never inside another word). */
export function hardWordPattern(list: readonly HardWord[]): { pattern: RegExp; byForm: Map<string, HardWord> } {
  const byForm = new Map<string, HardWord>()
  for (const entry of list) for (const form of formsOf(entry)) byForm.set(form.toLowerCase(), entry)
  // Longest first, so "ten behoeve van" wins over a shorter form starting at the same place.
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length)
  const alternatives = forms.map((form) => form.split(/\s+/).map(escapeRegExp).join('\\s+'))
  const source = forms.length === 0 ? '(?!)' : `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`
  return { pattern: new RegExp(source, 'giu'), byForm }
}

export function findHardWords(text: string, list: readonly HardWord[]): HardWordMatch[] {
  const { pattern, byForm } = hardWordPattern(list)
  const matches: HardWordMatch[] = []
  for (const match of text.matchAll(pattern)) {
    const entry = byForm.get(match[0].toLowerCase().replace(/\s+/g, ' '))
    if (entry) matches.push({ entry, text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return matches
}
