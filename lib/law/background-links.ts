// The plain-language background pages under /achtergrond, and which page best explains a law from the register.
// Feedback in a dilemma links here, so a learner can read the rule behind a choice without signing in.

export const BACKGROUND_INDEX = '/achtergrond'
export const GLOSSARY_PATH = `${BACKGROUND_INDEX}/begrippen`

export const BACKGROUND_TOPICS = [
  {
    slug: 'avg-stappen',
    title: 'De AVG-stappen voor professionals',
    summary: 'Zeven vragen die je stelt voordat je gegevens opvraagt, vastlegt of deelt.',
  },
  {
    slug: 'geheimhouding-doorbreken',
    title: 'Wanneer mag je je geheimhouding doorbreken?',
    summary: 'De zes situaties waarin je geheim mag of moet wijken, en het verschil tussen “dat” en “wat”.',
  },
  {
    slug: 'toestemming',
    title: 'Toestemming: wanneer telt een ja?',
    summary: 'Vier eisen aan toestemming, toestemming intrekken, en wie beslist bij welke leeftijd.',
  },
  {
    slug: 'meldcode',
    title: 'De meldcode in vijf stappen',
    summary: 'Wat je doet bij signalen van huiselijk geweld of kindermishandeling, en het meldrecht.',
  },
  {
    slug: 'jeugdbescherming',
    title: 'Jeugdbescherming en de Raad voor de Kinderbescherming',
    summary:
      'Wat de Raad onderzoekt, wat een ondertoezichtstelling is, en wat je aan de Raad en de jeugdbeschermer mag of moet geven.',
  },
  {
    slug: 'zorg-en-straf',
    title: 'Zorg en straf: samenwerken naast een strafzaak',
    summary:
      'Wat politie, reclassering en Veilig Thuis met elkaar delen, en waarom strafrechtelijke gegevens extra beschermd zijn.',
  },
  {
    slug: 'casusoverleg',
    title: 'Casusoverleg en convenant',
    summary:
      'Wie aan tafel zit, wat op tafel komt, wat een convenant wel en niet regelt, en wie verantwoordelijk is voor de gegevens.',
  },
  {
    slug: 'vuistregels',
    title: 'Vuistregels voor samenwerken en delen',
    summary: 'Korte regels uit de praktijk die je helpen bij een lastige keuze.',
  },
] as const

export type BackgroundTopic = (typeof BACKGROUND_TOPICS)[number]
export type BackgroundSlug = BackgroundTopic['slug']

// One page per law; a few articles are better explained on another page than the law as a whole.
export const TOPIC_FOR_LAW: Record<string, BackgroundSlug> = {
  avg: 'avg-stappen',
  wgbo: 'geheimhouding-doorbreken',
  wmo2015: 'meldcode',
  'uitvoeringsbesluit-wmo2015': 'meldcode',
  jeugdwet: 'toestemming',
  meldcode: 'meldcode',
  leerplichtwet: 'avg-stappen',
  uavg: 'toestemming',
  handreiking: 'geheimhouding-doorbreken',
  politiegegevens: 'geheimhouding-doorbreken',
  wgs: 'avg-stappen',
  bw: 'geheimhouding-doorbreken',
  wjsg: 'zorg-en-straf',
}

export const TOPIC_FOR_ARTICLE: Record<string, BackgroundSlug> = {
  'wgbo 7:450': 'toestemming',
  'jeugdwet 7.3.11': 'geheimhouding-doorbreken',
  'handreiking toestemming': 'toestemming',
  'handreiking avg-stappen': 'avg-stappen',
  'handreiking transparantie': 'avg-stappen',
  'handreiking informatiepositie': 'meldcode',
  'handreiking termijnen': 'meldcode',
  'handreiking bescherming': 'meldcode',
  'wmo2015 5.1.1': 'avg-stappen',
  'jeugdwet 7.3.11 lid 3': 'jeugdbescherming',
  'jeugdwet 7.3.11 lid 4': 'jeugdbescherming',
  'bw 1:240': 'jeugdbescherming',
  'bw 1:255': 'jeugdbescherming',
  'avg 10': 'zorg-en-straf',
  'avg 26': 'casusoverleg',
}

export function backgroundHref(slug: BackgroundSlug) {
  return `${BACKGROUND_INDEX}/${slug}`
}

/** The background page for a law reference; the index when the law has no page of its own. */
export function backgroundFor(law: string, article?: string): { slug?: BackgroundSlug; href: string; title: string } {
  const articleKey = `${law} ${article}`
  const slug =
    (article !== undefined && Object.hasOwn(TOPIC_FOR_ARTICLE, articleKey)
      ? TOPIC_FOR_ARTICLE[articleKey]
      : undefined) ?? (Object.hasOwn(TOPIC_FOR_LAW, law) ? TOPIC_FOR_LAW[law] : undefined)
  const topic = BACKGROUND_TOPICS.find((candidate) => candidate.slug === slug)
  if (!topic) return { href: BACKGROUND_INDEX, title: 'Achtergrond' }
  return { slug: topic.slug, href: backgroundHref(topic.slug), title: topic.title }
}

export function glossaryAnchor(termId: string) {
  return `begrip-${termId}`
}

export function glossaryHref(termId: string) {
  return `${GLOSSARY_PATH}#${glossaryAnchor(termId)}`
}
