import type { Metadata } from 'next'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'
import { Vuistregel } from '@/components/scenario/vuistregel'

// Sources: BW art. 1:240 (information to the Raad without consent) and 1:255 (the ondertoezichtstelling); Handreiking
// (2023) deel 1 §4 items 3–5 (parents' right to information, a legal power such as a melding at the Raad, the legal
// duty towards the jeugdbeschermer) and deel 2/3 "Verrijken" (Jeugdwet 7.3.11 lid 4; the Raad and the GI have their
// own powers for their legal tasks); footnote 18 (Jeugdwet 7.3.11 lid 3). See docs/content-review.md, case Brouwer.
const TITLE = 'Jeugdbescherming en de Raad voor de Kinderbescherming'

export const metadata: Metadata = { title: TITLE }

export default function JeugdbeschermingPage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="Soms is vrijwillige hulp niet genoeg om een kind veilig te laten opgroeien. Dan komen de Raad voor de Kinderbescherming, de kinderrechter en een jeugdbeschermer in beeld. Zij hebben eigen taken in de wet, en eigen regels voor informatie."
      seeAlso={[
        topicLink('geheimhouding-doorbreken'),
        topicLink('meldcode'),
        topicLink('casusoverleg'),
        termLink('raad-voor-de-kinderbescherming', 'Raad voor de Kinderbescherming'),
        termLink('ondertoezichtstelling', 'ondertoezichtstelling'),
        termLink('jeugdbeschermer', 'jeugdbeschermer'),
      ]}
    >
      <Section id="raad" title="De Raad voor de Kinderbescherming onderzoekt">
        <p>
          Veilig Thuis of een ander kan de Raad vragen om een onderzoek. De Raad kijkt of een kind bescherming nodig
          heeft. Vindt de Raad dat nodig, dan vraagt hij de kinderrechter om een maatregel.
        </p>
        <p>
          Vraagt de Raad jou om informatie? Heb je een beroepsgeheim? Dan mag je de Raad toch informatie geven, ook
          zonder toestemming. Dat mag als het nodig is voor het werk van de Raad. Het is een recht, geen plicht. Je
          weegt het zelf.
        </p>
        <LawRef law="bw" article="1:240" onTopic="jeugdbescherming" />
        <ul className="list-disc space-y-1 pl-5">
          <li>Vraag waarvoor de Raad de informatie nodig heeft.</li>
          <li>Praat eerst met je cliënt. Zeg wat je wilt delen, en wat niet.</li>
          <li>Geef alleen feiten die iets zeggen over de veiligheid en de ontwikkeling van het kind.</li>
          <li>Zeg ook wat je niet weet.</li>
        </ul>
      </Section>

      <Section id="ots" title="De ondertoezichtstelling">
        <p>
          De kinderrechter kan een kind onder toezicht stellen. Dat kan als de ontwikkeling van het kind ernstig wordt
          bedreigd, en de ouders de hulp die nodig is niet of niet genoeg aannemen. Een jeugdbeschermer van een
          gecertificeerde instelling begeleidt dan het gezin. De ouders houden het gezag.
        </p>
        <LawRef law="bw" article="1:255" onTopic="jeugdbescherming" />
      </Section>

      <Section id="plicht" title="De jeugdbeschermer vraagt: dan moet je geven wat nodig is">
        <p>
          Bij een ondertoezichtstelling vraagt de jeugdbeschermer soms informatie aan een jeugdhulpverlener. Dan moet de
          jeugdhulpverlener geven wat nodig is om de ondertoezichtstelling uit te voeren. Toestemming is niet nodig. Dit
          is een plicht, geen recht.
        </p>
        <p>
          Een plicht om te delen betekent niet dat je alles deelt. Wat niet nodig is voor die taak, geef je niet. Wat
          een ouder over zichzelf vertelde, hoort daar vaak niet bij. Vertel het kind en de ouders wat je deelt en
          waarom.
        </p>
        <LawRef law="jeugdwet" article="7.3.11 lid 4" onTopic="jeugdbescherming" />
        <Vuistregel id="verstrekker-weegt" />
      </Section>

      <Section id="ouders" title="Informatie aan ouders met gezag">
        <p>
          Ouders met gezag mogen in principe weten hoe het met hun kind onder 16 gaat. Die regel heeft een grens. Past
          het niet bij de zorg van een goed hulpverlener, bijvoorbeeld omdat het slecht is voor het kind? Dan geef je
          die informatie niet.
        </p>
        <LawRef law="jeugdwet" article="7.3.11 lid 3" onTopic="jeugdbescherming" />
      </Section>
    </BackgroundPage>
  )
}
