import { existsSync } from 'node:fs'
import path from 'node:path'
import { type CoverageDeclarations, type Erasure, erasureOf } from './coverage'
import type { Inventory, InventoryField, InventoryModel } from './inventory'
import { MODEL_LABELS } from './labels'
import { MEASURES } from './measures'
import { RETENTION_RULES, type RetentionContext, type RetentionRuleId } from './retention-rules'
import { AUDIENCES, type Audience, CATEGORIES, type Category, GROUNDS, PURPOSES } from './vocabulary'

// The privacy documents (docs/privacy/, npm run privacy:docs), rendered from the inventory. Pure and deterministic (no
// dates, stable order), so running the generator twice changes nothing and a test can compare them with the files.

/** The documents are about the default configuration; the statement page shows the configured term. */
export const DOCUMENT_CONTEXT: RetentionContext = { inactiveMonths: 24 }

const FILL_IN = '**[In te vullen door de organisatie]**'
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`
const table = (header: string[], rows: string[][]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
const seenText = (f: InventoryField) => (f.entry.seen ?? []).map((a) => AUDIENCES[a]).join(', ')
const keepText = (id: RetentionRuleId, c: RetentionContext) => RETENTION_RULES[id].text(c)

const ERASURE_TEXT: Record<Erasure, string> = {
  deleted: 'verwijderd',
  anonymised: 'zonder naam bewaard',
  step: 'verwijderd (eigen stap)',
  kept: 'bewaard tot de termijn (verantwoording)',
  none: '—',
}

function exportText(d: CoverageDeclarations, model: InventoryModel, field: InventoryField) {
  if (!field.entry.personal) return '—'
  if (d.exported[model.name]?.includes(field.name)) return 'ja'
  const reason = d.withheld[model.name]?.[field.name]
  if (reason) return `nee: ${reason}`
  return 'ja (de download is hierop geselecteerd)'
}

export function inventoryTable(inventory: Inventory, d: CoverageDeclarations, c = DOCUMENT_CONTEXT): string {
  const sections = inventory.models.map((model) => {
    const rows = model.fields.map((f) => [
      `\`${f.name}\``,
      f.entry.personal ? `ja: ${CATEGORIES[f.entry.category as Category]}` : 'nee',
      PURPOSES[f.entry.purpose],
      f.entry.ground ? GROUNDS[f.entry.ground] : '—',
      seenText(f) || '—',
      keepText(f.entry.keep, c),
      exportText(d, model, f),
      f.entry.personal ? ERASURE_TEXT[erasureOf(inventory, d, model.name, f.name)] : '—',
    ])
    return [
      `## ${model.name}`,
      '',
      MODEL_LABELS[model.name] ?? '',
      '',
      table(
        [
          'Veld',
          'Persoonsgegeven',
          'Doel',
          'Grondslag',
          'Wie ziet het',
          'Bewaartermijn',
          'In download',
          'Bij verwijderen',
        ],
        rows,
      ),
    ].join('\n')
  })
  const rules = (Object.keys(RETENTION_RULES) as RetentionRuleId[]).map((id) => [
    `\`${id}\``,
    keepText(id, c),
    RETENTION_RULES[id].enforcedBy,
  ])
  return [
    '# Gegevensinventaris',
    '',
    'Gegenereerd uit `prisma/schema.prisma` met `npm run privacy:docs`; niet met de hand wijzigen. Elk veld van elke',
    'tabel staat hier, met of het een persoonsgegeven is, waarom het er is, op welke grondslag, wie het ziet, hoe lang',
    'het blijft, en of het in de download "Mijn gegevens" zit en wat er bij het verwijderen van een account mee gebeurt.',
    `Termijnen met de standaardinstelling (RETENTION_INACTIVE_MONTHS=${c.inactiveMonths}).`,
    '',
    ...sections.flatMap((s) => [s, '']),
    '## Bewaarregels',
    '',
    table(['Regel', 'Termijn', 'Uitgevoerd door'], rules),
    '',
  ].join('\n')
}

/** Personal fields per category, as "Tabel.veld" lists. */
function fieldsByCategory(inventory: Inventory) {
  const result = new Map<Category, string[]>()
  for (const model of inventory.models) {
    for (const f of model.fields) {
      if (!f.entry.personal || !f.entry.category) continue
      result.set(f.entry.category, [...(result.get(f.entry.category) ?? []), `${model.name}.${f.name}`])
    }
  }
  return result
}

/** Who sees any of a set of fields; "nobody" only when nobody sees any of them. */
function audienceList(audiences: Audience[]) {
  const unique = [...new Set(audiences)]
  const someone = unique.filter((a) => a !== 'nobody')
  return (someone.length > 0 ? someone : unique).map((a) => AUDIENCES[a]).join(', ')
}

function personalModels(inventory: Inventory) {
  return inventory.models.filter((m) => m.fields.some((f) => f.entry.personal))
}

function purposeSummary(inventory: Inventory) {
  const byPurpose = new Map<string, Set<string>>()
  for (const model of inventory.models) {
    for (const f of model.fields) {
      if (!f.entry.personal) continue
      const grounds = byPurpose.get(f.entry.purpose) ?? new Set<string>()
      if (f.entry.ground) grounds.add(f.entry.ground)
      byPurpose.set(f.entry.purpose, grounds)
    }
  }
  return [...byPurpose].map(([purpose, grounds]) => ({
    purpose: PURPOSES[purpose as keyof typeof PURPOSES],
    grounds: [...grounds].map((g) => GROUNDS[g as keyof typeof GROUNDS]),
  }))
}

function retentionSummary(inventory: Inventory, c: RetentionContext) {
  return personalModels(inventory).map((m) => {
    const rules = [...new Set(m.fields.filter((f) => f.entry.personal).map((f) => f.entry.keep))]
    return [MODEL_LABELS[m.name] ?? m.name, rules.map((r) => keepText(r, c)).join('; ')]
  })
}

export function dpia(inventory: Inventory, c = DOCUMENT_CONTEXT): string {
  const categories = fieldsByCategory(inventory)
  const audiences = new Set(inventory.models.flatMap((m) => m.fields.flatMap((f) => f.entry.seen ?? [])))
  return [
    '# DPIA Deelwijs: startpunt',
    '',
    'Gegenereerd uit de gegevensinventaris met `npm run privacy:docs`. De opbouw volgt het Model',
    'Gegevensbeschermingseffectbeoordeling (DPIA) van de Rijksoverheid: deel A beschrijving, deel B rechtmatigheid',
    '(grondslag, noodzaak en evenredigheid), deel C risico’s voor betrokkenen, deel D maatregelen. Wat alleen de',
    `organisatie kan invullen, staat gemarkeerd als ${FILL_IN}. Kopieer dit document en vul het aan; dit bestand zelf`,
    'wordt bij elke wijziging opnieuw gemaakt.',
    '',
    '## Deel A. Beschrijving kenmerken gegevensverwerkingen',
    '',
    '### 1. Voorstel',
    '',
    'Deelwijs is een e-learning over zorgvuldig delen van informatie in het sociaal domein. Deelnemers spelen',
    'dilemma’s over verzonnen gezinnen, krijgen feedback en een certificaat; docenten volgen hun klas; coördinatoren',
    'zien totalen voor hun organisatie. De gezinnen in de dilemma’s zijn verzonnen: Deelwijs verwerkt geen gegevens van',
    'cliënten.',
    '',
    `Aanleiding en doel van de invoering bij de organisatie: ${FILL_IN}`,
    '',
    '### 2. Persoonsgegevens',
    '',
    table(
      ['Categorie', 'Aantal velden', 'Velden'],
      (Object.keys(CATEGORIES) as Category[]).map((k) => [
        CATEGORIES[k],
        String(categories.get(k)?.length ?? 0),
        (categories.get(k) ?? []).join(', ') || '—',
      ]),
    ),
    '',
    'Betrokkenen: deelnemers (medewerkers of studenten), docenten, coördinatoren en beheerders van de organisatie.',
    `Aantal betrokkenen: ${FILL_IN} (de organisatie-export op /beheer/privacy geeft de actuele aantallen).`,
    '',
    '### 3. Gegevensverwerkingen',
    '',
    'Per tabel, met alle velden, in [de gegevensinventaris](gegevensinventaris.md).',
    '',
    table(
      ['Gegevens', 'Wie ziet het'],
      personalModels(inventory).map((m) => [
        MODEL_LABELS[m.name] ?? m.name,
        audienceList(m.fields.flatMap((f) => (f.entry.personal ? (f.entry.seen ?? []) : []))),
      ]),
    ),
    '',
    '### 4. Verwerkingsdoeleinden',
    '',
    ...purposeSummary(inventory).map((p) => `- ${p.purpose}`),
    '',
    '### 5. Betrokken partijen',
    '',
    `- Verwerkingsverantwoordelijke: de organisatie die Deelwijs aanbiedt. ${FILL_IN}`,
    `- Verwerker: de partij die Deelwijs host en beheert. ${FILL_IN}`,
    `- Ontvangers: ${[...audiences]
      .filter((a) => a === 'lms' || a === 'lrs')
      .map((a) => AUDIENCES[a])
      .join(', ')}, alleen als de organisatie die koppeling aanzet; de mailserver van de organisatie. ${FILL_IN}`,
    '',
    '### 6. Belangen bij de gegevensverwerkingen',
    '',
    'De organisatie: medewerkers leren zorgvuldig met gegevens van cliënten omgaan, en kan aantonen wie de verplichte',
    'training volgde. De deelnemer: oefenen zonder dat fouten op naam bij de werkgever terechtkomen.',
    `Overige belangen: ${FILL_IN}`,
    '',
    '### 7. Verwerkingslocaties',
    '',
    `Alle gegevens staan in één PostgreSQL-database bij de hostingpartij. Locatie en land: ${FILL_IN}`,
    '',
    '### 8. Juridisch en beleidsmatig kader',
    '',
    `AVG en UAVG. Sectorale regels en eigen beleid van de organisatie: ${FILL_IN}`,
    '',
    '### 9. Bewaartermijnen',
    '',
    table(['Gegevens', 'Bewaartermijn'], retentionSummary(inventory, c)),
    '',
    '## Deel B. Beoordeling rechtmatigheid gegevensverwerkingen',
    '',
    '### 10. Rechtsgrond',
    '',
    table(
      ['Doel', 'Grondslag'],
      purposeSummary(inventory).map((p) => [p.purpose, p.grounds.join('; ')]),
    ),
    '',
    `Welke van sub b (overeenkomst, studenten) of sub e (publieke taak, gemeenten) geldt: ${FILL_IN}`,
    '',
    '### 11. Bijzondere persoonsgegevens',
    '',
    (categories.get('special')?.length ?? 0) === 0
      ? 'Deelwijs verwerkt geen bijzondere persoonsgegevens en geen strafrechtelijke gegevens. De dilemma’s gaan over verzonnen personen. Het BSN wordt niet verwerkt.'
      : `Bijzondere persoonsgegevens: ${(categories.get('special') ?? []).join(', ')}. ${FILL_IN}`,
    '',
    '### 12. Doelbinding',
    '',
    'Elk veld heeft één doel in de inventaris. Rapportages voor de organisatie gebruiken alleen totalen, onderdrukt en',
    'verstoord; keuzes van een deelnemer zijn nooit op naam zichtbaar voor de organisatie.',
    '',
    '### 13. Noodzaak en evenredigheid',
    '',
    '- Proportionaliteit: alleen naam, e-mailadres, rol en leerresultaten; geen geboortedatum, adres of BSN.',
    '- Subsidiariteit: inloggen via de organisatie (OpenID Connect of de leeromgeving) kan, dan bewaart Deelwijs geen',
    '  wachtwoord maar alleen de code waarmee de organisatie de persoon aanduidt.',
    '- Bewaartermijnen: zie vraag 9; een bewaarjob voert ze uit.',
    `- Afweging van de organisatie: ${FILL_IN}`,
    '',
    '### 14. Rechten van de betrokkene',
    '',
    '- Inzage en overdraagbaarheid (art. 15, 20): de deelnemer downloadt zelf alle gegevens op /account (JSON en CSV).',
    '  De inventaris-controle zorgt dat elk persoonsgegeven in die download zit of met reden is weggelaten.',
    '- Verwijderen (art. 17): de deelnemer verwijdert zelf het account; keuzes blijven alleen zonder naam.',
    `- Rectificatie, beperking, bezwaar: via de organisatie. Contactpunt: ${FILL_IN}`,
    '',
    '## Deel C. Beschrijving en beoordeling risico’s voor de betrokkenen',
    '',
    table(
      ['Risico', 'Gevolg voor de betrokkene', 'Kans en ernst'],
      [
        [
          'Een leidinggevende ziet wat een medewerker koos en beoordeelt hem daarop',
          'Oneerlijke beoordeling, minder vrij oefenen',
          FILL_IN,
        ],
        [
          'Uit totalen per team is af te leiden wat één collega koos (differencing)',
          'Als het vorige, zonder dat het zichtbaar is',
          FILL_IN,
        ],
        ['Onbevoegde toegang tot een account (geraden of gelekt wachtwoord)', 'Inzage in leerresultaten', FILL_IN],
        ['Gegevens blijven langer dan nodig', 'Onnodige blootstelling bij een lek', FILL_IN],
        [
          'Leerregistraties in een LRS of cijfers in een leeromgeving buiten Deelwijs',
          'Verwerking buiten het zicht van Deelwijs',
          FILL_IN,
        ],
      ],
    ),
    '',
    '## Deel D. Beschrijving voorgenomen maatregelen',
    '',
    table(
      ['Maatregel', 'Wat Deelwijs doet', 'Bewijs (test)'],
      MEASURES.map((m) => [m.title, m.text, m.tests.join(', ') || 'organisatorisch']),
    ),
    '',
    `Aanvullende maatregelen van de organisatie: ${FILL_IN}`,
    '',
    'Zie ook [de bijlage beveiligingsmaatregelen](bijlage-beveiligingsmaatregelen.md).',
    '',
  ].join('\n')
}

export function register(inventory: Inventory, c = DOCUMENT_CONTEXT): string {
  const categories = fieldsByCategory(inventory)
  return [
    '# Verwerkingsregister (AVG artikel 30): Deelwijs',
    '',
    'Gegenereerd uit de gegevensinventaris met `npm run privacy:docs`. Tekst voor een regel in het register van de',
    `organisatie; wat alleen de organisatie weet staat als ${FILL_IN}.`,
    '',
    table(
      ['Onderdeel (art. 30 lid 1)', 'Invulling'],
      [
        ['Naam van de verwerking', 'E-learning zorgvuldig delen van informatie (Deelwijs)'],
        ['a. Verwerkingsverantwoordelijke en contactgegevens', FILL_IN],
        ['a. Functionaris gegevensbescherming', FILL_IN],
        [
          'b. Doeleinden',
          purposeSummary(inventory)
            .map((p) => p.purpose)
            .join('; '),
        ],
        ['Grondslagen', [...new Set(purposeSummary(inventory).flatMap((p) => p.grounds))].join('; ')],
        ['c. Categorieën betrokkenen', 'Deelnemers (medewerkers, studenten), docenten, coördinatoren, beheerders'],
        [
          'c. Categorieën persoonsgegevens',
          (Object.keys(CATEGORIES) as Category[])
            .filter((k) => (categories.get(k)?.length ?? 0) > 0)
            .map((k) => CATEGORIES[k])
            .join(', '),
        ],
        [
          'd. Ontvangers',
          `De hostingpartij (verwerker); de leeromgeving (LTI) en Learning Record Store (xAPI) als de organisatie die koppelt. ${FILL_IN}`,
        ],
        ['e. Doorgifte buiten de EER', `Niet door Deelwijs. Hosting en mail: ${FILL_IN}`],
        [
          'f. Bewaartermijnen',
          retentionSummary(inventory, c)
            .map(([what, how]) => `${what}: ${how}`)
            .join('; '),
        ],
        [
          'g. Beveiligingsmaatregelen',
          `${MEASURES.map((m) => m.title).join(', ')}. Zie de bijlage beveiligingsmaatregelen.`,
        ],
      ],
    ),
    '',
  ].join('\n')
}

export function measuresAnnex(root: string): string {
  const missing = MEASURES.flatMap((m) => [...m.tests, ...m.code]).filter((file) => !existsSync(path.join(root, file)))
  if (missing.length > 0) {
    throw new Error(
      `The measures annex points at files that do not exist: ${missing.join(', ')} (lib/privacy/measures.ts)`,
    )
  }
  const sections = MEASURES.map((m) =>
    [
      `## ${m.title}`,
      '',
      m.text,
      '',
      `- Code: ${m.code.map((f) => `\`${f}\``).join(', ')}`,
      `- Bewezen door: ${m.tests.length > 0 ? m.tests.map((f) => `\`${f}\``).join(', ') : 'geen test: organisatorische maatregel'}`,
      ...(m.organisation ? [`- Door de organisatie of hostingpartij: ${m.organisation} ${FILL_IN}`] : []),
    ].join('\n'),
  )
  return [
    '# Bijlage: technische en organisatorische beveiligingsmaatregelen',
    '',
    'Bijlage bij de verwerkersovereenkomst (AVG artikel 28 lid 3 sub c en artikel 32). Gegenereerd met',
    '`npm run privacy:docs` uit wat de code doet; bij elke maatregel staat de test die het bewijst. Die tests draaien bij',
    'elke wijziging (`npm test`).',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n')
}

/** Every document, by file name in docs/privacy/. */
export function renderPrivacyDocs(inventory: Inventory, d: CoverageDeclarations, root: string): Record<string, string> {
  return {
    'gegevensinventaris.md': inventoryTable(inventory, d),
    'dpia.md': dpia(inventory),
    'verwerkingsregister.md': register(inventory),
    'bijlage-beveiligingsmaatregelen.md': measuresAnnex(root),
  }
}
