import type { Metadata } from 'next'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'

// Sources: Handreiking Zorgvuldig omgaan met persoonsgegevens (2023), deel 1 onderdeel 3 "Toestemming" (the moments,
// the four conditions, consent to break secrecy, weighing despite consent, withdrawing); AVG art. 6; age thresholds:
// Wgbo art. 7:447, 7:450 and 7:465, and the Jeugdwet (BRIEF.md, "widely documented facts").
const TITLE = 'Toestemming: wanneer telt een ja?'

export const metadata: Metadata = { title: TITLE }

const CONDITIONS = [
  ['Vrij', 'Niemand voelt zich onder druk gezet. Nee zeggen mag ook.'],
  ['Ondubbelzinnig', 'Het is duidelijk dat iemand ja zei. Zwijgen of niet reageren is geen ja.'],
  ['Geïnformeerd', 'De persoon weet wie de gegevens gebruikt, waarom en met welk doel.'],
  ['Specifiek', 'Het ja geldt voor één doel en één soort gebruik. Het is geen ja voor alles.'],
] as const

const AGES = [
  ['Jonger dan 12 jaar', 'De ouders met gezag'],
  ['Van 12 tot 16 jaar', 'Het kind én de ouders met gezag'],
  ['Vanaf 16 jaar', 'De jongere zelf'],
] as const

export default function ToestemmingPage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="Met toestemming mag je veel. Maar alleen als die toestemming echt goed is gegeven. Hier lees je waar je op let, en wie er beslist als het om een kind gaat."
      seeAlso={[
        topicLink('geheimhouding-doorbreken'),
        topicLink('avg-stappen'),
        topicLink('meldcode'),
        termLink('toestemming', 'toestemming'),
        termLink('gezag', 'gezag'),
        termLink('grondslag', 'grondslag'),
      ]}
    >
      <Section id="waarvoor" title="Waarvoor vraag je toestemming?">
        <p>Toestemming speelt op drie momenten een rol.</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>Als grondslag om persoonsgegevens te gebruiken.</li>
          <li>Om je beroepsgeheim of geheimhoudingsplicht te mogen doorbreken.</li>
          <li>Om een behandeling of jeugdhulp te starten.</li>
        </ul>
        <p>
          Weet dus goed waarvoor je toestemming vraagt. Een ja voor het ene is geen ja voor het andere. Zeg het er ook
          duidelijk bij.
        </p>
      </Section>

      <Section id="vier-eisen" title="Vier eisen aan toestemming">
        <p>Toestemming als grondslag telt alleen als ze aan vier eisen voldoet.</p>
        <dl className="space-y-3">
          {CONDITIONS.map(([name, text]) => (
            <div key={name}>
              <dt className="font-semibold">{name}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <LawRef law="handreiking" article="toestemming" onTopic="toestemming" />
      </Section>

      <Section id="geheim" title="Toestemming om je geheim te doorbreken">
        <p>
          Vraag je toestemming om iets met een ander te delen? Leg dan uit waarom dat helpt bij de hulp. Zeg met wie je
          deelt en welke informatie. Ook deze toestemming moet vrij zijn. Meestal moet iemand haar uitdrukkelijk geven.
        </p>
      </Section>

      <Section id="zelf-wegen" title="Ook met toestemming weeg je zelf">
        <p>
          Een ja betekent niet dat je alles moet delen. Je blijft zelf afwegen of delen goed is voor je cliënt. Denk ook
          aan later. Kan iemand er last van krijgen als een ander dit weet?
        </p>
      </Section>

      <Section id="intrekken" title="Toestemming intrekken">
        <p>
          Iemand mag zijn toestemming altijd weer intrekken. Dat moet net zo makkelijk gaan als ja zeggen. Vertel dat
          erbij als je om toestemming vraagt.
        </p>
        <p>
          Stopt een gezin met vrijwillige hulp? Dan stopt ook jouw bemoeienis, in principe. Zijn de zorgen over
          veiligheid groot en gaat de hulp toch door? Dan is de hulp niet meer vrijwillig. Toestemming is dan geen
          grondslag meer. Maak dat voor het gezin duidelijk.
        </p>
      </Section>

      <Section id="leeftijd" title="Wie beslist bij een kind?">
        <p>
          Bij een behandeling of jeugdhulp hangt het af van de leeftijd wie toestemming geeft. Dat staat in de Wgbo en
          in de Jeugdwet.
        </p>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Wie geeft toestemming, per leeftijd</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">
                Leeftijd van het kind
              </th>
              <th scope="col" className="py-2">
                Wie geeft toestemming?
              </th>
            </tr>
          </thead>
          <tbody>
            {AGES.map(([age, who]) => (
              <tr key={age} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {age}
                </th>
                <td className="py-2">{who}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Ouders met gezag hebben tot 16 jaar ook recht op informatie over hun kind. Maar niet als dat slecht is voor
          het kind. Dan gaat het belang van het kind voor.
        </p>
        <LawRef law="wgbo" article="7:450" onTopic="toestemming" />
        <p>
          Gaat het om toestemming als grondslag voor de AVG? Dan ligt de grens bij 16 jaar. Is de jongere jonger? Dan
          geven de ouders met gezag die toestemming.
        </p>
        <LawRef law="uavg" article="5" onTopic="toestemming" />
      </Section>
    </BackgroundPage>
  )
}
