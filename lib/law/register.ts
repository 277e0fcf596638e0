// The scenario format spec that content and engine follow: docs/scenario-format.md
// The register of every law, article, rule of thumb and term that scenario content may cite.
// The scenario validator refuses a reference that is not listed here, so content can only cite what we have checked.

export type LawArticle = { title: string; explanation: string; url: string }
export type Law = { name: string; fullName: string; url: string; articles: Record<string, LawArticle> }
export type Vuistregel = { source: string; text: string; url?: string }
export type Term = { term: string; definition: string }

export const LAWS: Record<string, Law> = {
  wmo2015: {
    name: 'Wmo 2015',
    fullName: 'Wet maatschappelijke ondersteuning 2015',
    url: 'https://wetten.overheid.nl/BWBR0035362/',
    articles: {
      '5.2.6': {
        title: 'Meldrecht bij Veilig Thuis',
        explanation:
          'Een beroepskracht met een geheimhoudingsplicht mag zonder toestemming melden bij Veilig Thuis als dat nodig lijkt om huiselijk geweld of kindermishandeling te stoppen.',
        url: 'https://wetten.overheid.nl/BWBR0035362/#Hoofdstuk5_Paragraaf5.2_Artikel5.2.6',
      },
    },
  },
}

export const VUISTREGELS: Record<string, Vuistregel> = {}

export const TERMS: Record<string, Term> = {}

export function findLawRef(law: string, article?: string): { law: Law; article?: LawArticle } | undefined {
  const entry = LAWS[law]
  if (!entry) return undefined
  if (article === undefined) return { law: entry }
  const found = entry.articles[article]
  return found ? { law: entry, article: found } : undefined
}
