import type { Metadata } from 'next'
import Link from 'next/link'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'
import { backgroundHref } from '@/lib/law/background-links'

// Sources: Handreiking Zorgvuldig omgaan met persoonsgegevens (2023), deel 3 "De AVG stappen doorlopen" (stap 1–8);
// AVG art. 5, 6 en 9. See docs/content-review.md for how the handreiking is cited.
const TITLE = 'De AVG-stappen voor professionals'

export const metadata: Metadata = { title: TITLE }

export default function AvgStappenPage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="Wil je gegevens over een cliënt opvragen, vastleggen of delen? Loop dan deze stappen door. Ze helpen je te zien waarom je iets doet, en hoe het zorgvuldig kan."
      seeAlso={[
        topicLink('geheimhouding-doorbreken'),
        topicLink('toestemming'),
        topicLink('vuistregels'),
        termLink('proportionaliteit', 'proportionaliteit'),
        termLink('subsidiariteit', 'subsidiariteit'),
        termLink('doelbinding', 'doelbinding'),
      ]}
    >
      <Section id="waarom" title="Waarom deze stappen?">
        <p>
          Iedereen heeft recht op een eigen privéleven. Dat geldt ook voor kinderen. Elke keer dat je gegevens gebruikt,
          kom je aan dat recht. Daar moet dus een goede reden voor zijn.
        </p>
        <p>
          Een deel van de stappen regelt je organisatie. Die kiest bijvoorbeeld de grondslag en maakt werkafspraken.
          Maar in het gesprek of in het dossier maak jij de afweging.
        </p>
        <LawRef law="handreiking" article="avg-stappen" onTopic="avg-stappen" />
      </Section>

      <Section id="stap-1" title="Stap 1. Bepaal je taak en je doel">
        <p>
          Begin met twee vragen. Wat is mijn taak? En waarvoor heb ik deze gegevens nodig? Het doel moet helder zijn
          voordat je iets vraagt of deelt.
        </p>
        <p>
          De gegevens moeten bij dat doel passen. Je gebruikt ze later niet zomaar voor iets anders. Dat heet
          doelbinding. Weet je je doel niet precies? Dan kun je het de cliënt ook niet uitleggen.
        </p>
        <LawRef law="avg" article="5" onTopic="avg-stappen" />
      </Section>

      <Section id="stap-2" title="Stap 2. Zoek de grondslag">
        <p>
          De AVG noemt zes redenen waarom je gegevens mag gebruiken. Dat zijn de grondslagen. Toestemming is er één van.
          Andere zijn een wettelijke plicht en een taak van algemeen belang.
        </p>
        <p>
          Let op bij toestemming. Cliënten zijn vaak afhankelijk van een gemeente of van Veilig Thuis. Dan is hun ja
          niet echt vrij. Voor zulke organisaties is toestemming daarom meestal geen goede grondslag. Weet je niet welke
          grondslag geldt? Vraag het na in je organisatie.
        </p>
        <LawRef law="avg" article="6" onTopic="avg-stappen" />
        <p>
          Een voorbeeld van een wettelijke plicht is de verzuimmelding. Mist een leerling vaak lessen zonder geldige
          reden? Dan moet de school dat melden bij de gemeente.
        </p>
        <LawRef law="leerplichtwet" article="21a" onTopic="avg-stappen" />
      </Section>

      <Section id="stap-3" title="Stap 3. Gebruik alleen wat nodig is">
        <p>
          Gebruik alleen gegevens die je echt nodig hebt voor je doel. Dat heet proportionaliteit. Kies ook de minst
          zware manier om aan informatie te komen. Dat heet subsidiariteit.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>Kun je het aan de cliënt zelf vragen? Doe dat dan eerst.</li>
          <li>Kun je een casus zonder namen bespreken? Kies dan daarvoor.</li>
          <li>Vraagt een ander jou om gegevens? Vraag dan welke hij nodig heeft, en waarom.</li>
        </ul>
      </Section>

      <Section id="stap-4" title="Stap 4. Let op bijzondere persoonsgegevens">
        <p>
          Sommige gegevens zijn extra gevoelig. Denk aan gegevens over iemands gezondheid. Voor zulke gegevens geldt een
          verbod. Je mag ze alleen gebruiken als de wet een uitzondering maakt. Ook voor gegevens over strafzaken gelden
          strenge regels.
        </p>
        <LawRef law="avg" article="9" onTopic="avg-stappen" />
      </Section>

      <Section id="stap-5" title="Stap 5. Denk aan je beroepsgeheim">
        <p>
          Geef je gegevens aan een ander? Kijk dan of je een beroepsgeheim of geheimhoudingsplicht hebt. Ook als de AVG
          het toestaat, kan je geheim in de weg staan. Op de pagina{' '}
          <Link href={backgroundHref('geheimhouding-doorbreken')}>geheimhouding doorbreken</Link> lees je wanneer dat
          geheim mag wijken.
        </p>
      </Section>

      <Section id="stap-6" title="Stap 6. Wees open naar het gezin">
        <p>
          Praat met het gezin, niet over hen. Vertel vooraf welke gegevens je gebruikt en met wie je iets deelt. Houd
          hen ook daarna op de hoogte. Het gezin moet weten wat er in het dossier staat.
        </p>
        <p>
          Soms brengt vooraf vertellen iemand in gevaar. Dan wacht je even. Maar je vertelt het zodra dat veilig kan.
        </p>
        <LawRef law="handreiking" article="transparantie" onTopic="avg-stappen" />
      </Section>

      <Section id="stap-7" title="Stap 7. Zorg dat gegevens kloppen">
        <p>
          Wat je opschrijft of doorgeeft, moet juist en volledig zijn. Houd feiten en meningen apart. Schrijf op van wie
          de informatie komt. Kijk of het nog actueel is. Zo kan een ander goed inschatten wat jouw informatie waard is.
        </p>
      </Section>

      <Section id="rechten" title="En vergeet de rechten van de cliënt niet">
        <p>
          Cliënten mogen weten welke gegevens je over hen hebt. Ze mogen hun dossier inzien. Ook mogen ze vragen om
          fouten te verbeteren of gegevens te wissen. Je organisatie heeft hier afspraken over. Ken die afspraken.
        </p>
      </Section>
    </BackgroundPage>
  )
}
