import type { Metadata } from 'next'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'
import { Vuistregel } from '@/components/scenario/vuistregel'

// Sources: Wet en Besluit verplichte meldcode huiselijk geweld en kindermishandeling (Stb. 2013, 324); Basismodel
// meldcode (Rijksoverheid, 2017) for the five steps, the kindcheck and step 3; the afwegingskader (2018, verplicht
// sinds 1 januari 2019); Wmo 2015 art. 5.2.6; Handreiking (2023) deel 2 en 3 on Veilig Thuis' informatiepositie.
// The five steps and anonymous advice are also in BRIEF.md's "widely documented facts".
const TITLE = 'De meldcode in vijf stappen'

export const metadata: Metadata = { title: TITLE }

export default function MeldcodePage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="Zie je signalen van huiselijk geweld of kindermishandeling? Dan helpt de meldcode je. Het is een stappenplan van vijf stappen. Je hoeft het niet alleen te doen."
      seeAlso={[
        topicLink('geheimhouding-doorbreken'),
        topicLink('toestemming'),
        topicLink('vuistregels'),
        termLink('meldrecht', 'meldrecht'),
        termLink('afwegingskader', 'afwegingskader'),
        termLink('veilig-thuis', 'Veilig Thuis'),
        termLink('kindcheck', 'kindcheck'),
      ]}
    >
      <Section id="wat-is-het" title="Wat is de meldcode?">
        <p>
          Organisaties en zelfstandige professionals in onder meer zorg, onderwijs en jeugdhulp moeten een meldcode
          hebben. Ook huisartsen. Dat staat in de Wet verplichte meldcode. De meldcode zegt niet dat je altijd moet
          melden. Hij zegt welke stappen je zet voordat je beslist.
        </p>
        <LawRef law="meldcode" onTopic="meldcode" />
      </Section>

      <Section id="stap-1" title="Stap 1. Breng de signalen in kaart">
        <p>
          Schrijf op wat je ziet en hoort. Houd feiten en je eigen indruk apart. Noteer ook wie iets zei, en wanneer.
        </p>
        <p>
          Heeft een volwassen cliënt kinderen die van hem afhankelijk zijn? Vraag dan hoe het met hen gaat. Dat heet de
          kindcheck.
        </p>
      </Section>

      <Section id="stap-2" title="Stap 2. Overleg met een collega, en zo nodig met Veilig Thuis">
        <p>
          Bespreek je zorgen met een deskundige collega. Vaak is dat de aandachtsfunctionaris. Je kunt ook advies vragen
          aan Veilig Thuis.
        </p>
        <p>
          Advies vragen kan anoniem. Je noemt dan geen namen van het gezin. Zo deel je geen persoonsgegevens, en krijg
          je toch hulp bij je afweging.
        </p>
      </Section>

      <Section id="stap-3" title="Stap 3. Praat met de cliënt">
        <p>
          Vertel de cliënt wat je zag en waar je je zorgen over maakt. Vraag hoe hij het zelf ziet. Gaat het om een
          kind? Praat dan met de ouders, en als het kan ook met het kind.
        </p>
        <Vuistregel id="meldcode-gesprek" />
      </Section>

      <Section id="stap-4" title="Stap 4. Weeg met het afwegingskader">
        <p>Het afwegingskader is een vaste reeks vragen. Je loopt ze een voor een door:</p>
        <ol className="list-decimal space-y-1 pl-5">
          <li>Heb ik een vermoeden van huiselijk geweld of kindermishandeling?</li>
          <li>Is er acute of structurele onveiligheid?</li>
          <li>Kan ik zelf goede hulp bieden of regelen?</li>
          <li>Werken de cliënt en zijn gezin mee aan die hulp?</li>
          <li>Wordt het door die hulp op tijd veilig, en blijft het veilig?</li>
        </ol>
        <p>Twijfel je? Vraag dan opnieuw advies aan Veilig Thuis.</p>
      </Section>

      <Section id="stap-5" title="Stap 5. Beslis: hulp organiseren en/of melden">
        <p>
          Is er acute of structurele onveiligheid? Dan meld je bij Veilig Thuis. Daarna kijk je welke hulp er ook nog
          kan.
        </p>
        <p>
          Is dat niet zo, en kun je zelf goede hulp bieden of regelen? Dan doe je dat. Volg goed of het echt veiliger
          wordt. Lukt dat niet? Dan meld je alsnog.
        </p>
        <Vuistregel id="afwegingskader-melden" />
      </Section>

      <Section id="meldrecht" title="Het meldrecht: melden zonder toestemming">
        <p>
          Heb je een beroepsgeheim? Dan mag je toch melden bij Veilig Thuis. Je hebt daarvoor geen toestemming van de
          cliënt nodig. Dit heet het meldrecht. Het staat in de Wmo 2015, artikel 5.2.6.
        </p>
        <p>
          Het meldrecht is een recht, geen plicht. Maar volgens het afwegingskader meld je wel bij acute of structurele
          onveiligheid. Geef bij een melding alleen door wat nodig is.
        </p>
        <LawRef law="wmo2015" article="5.2.6" onTopic="meldcode" />
      </Section>

      <Section id="na-de-melding" title="Wat doet Veilig Thuis na een melding?">
        <p>
          Veilig Thuis kijkt eerst of er nu gevaar is. Dat heet de veiligheidsbeoordeling. Voor een onderzoek mag Veilig
          Thuis bij anderen informatie opvragen, ook zonder toestemming van het gezin. Maar alleen wat nodig is.
        </p>
        <LawRef law="handreiking" article="informatiepositie" onTopic="meldcode" />
      </Section>
    </BackgroundPage>
  )
}
