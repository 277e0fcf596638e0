import type { Metadata } from 'next'
import Link from 'next/link'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'
import { Vuistregel } from '@/components/scenario/vuistregel'
import { backgroundHref } from '@/lib/law/background-links'

// Sources: Handreiking Zorgvuldig omgaan met persoonsgegevens (2023), deel 1 onderdeel 4 and deel 3 "Beroepsgeheim,
// geheimhoudingsplicht en het delen van informatie" (the six situations) and "Verrijken van informatie" ("dat"/"wat");
// Wgbo art. 7:457; Jeugdwet art. 7.3.11 (lid 2 meldrecht, lid 4 plicht bij ondertoezichtstelling); Wmo 2015 art. 5.2.6.
const TITLE = 'Wanneer mag je je geheimhouding doorbreken?'

export const metadata: Metadata = { title: TITLE }

export default function GeheimhoudingPage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="Veel professionals moeten geheimhouden wat ze in hun werk horen en zien. Toch is dat geheim niet onbeperkt. In zes situaties mag of moet je iets delen."
      seeAlso={[
        topicLink('toestemming'),
        topicLink('meldcode'),
        topicLink('avg-stappen'),
        termLink('beroepsgeheim', 'beroepsgeheim'),
        termLink('conflict-van-plichten', 'conflict van plichten'),
        termLink('dat-en-wat', '“dat” en “wat”'),
        termLink('pettenvraagstuk', 'pettenvraagstuk'),
      ]}
    >
      <Section id="waarom" title="Waarom geheimhouding?">
        <p>
          Een arts of psycholoog heeft een beroepsgeheim. Voor jeugdhulpverleners en jeugdbeschermers staat een
          geheimhoudingsplicht in de Jeugdwet. Wat een cliënt vertelt of laat zien, blijft dus in principe binnen.
        </p>
        <p>
          Dat geheim heeft een doel. Mensen durven alleen hulp te vragen als ze erop kunnen vertrouwen. Gaat informatie
          te snel naar anderen? Dan vertellen mensen minder, of ze haken af. En dan zie jij de problemen niet meer.
        </p>
        <p>
          Let op: werk je als jeugdhulpverlener aan toeleiding naar hulp? Dan geldt deze geheimhoudingsplicht daar niet.
          Dit heet het pettenvraagstuk. De AVG blijft wel gelden.
        </p>
        <LawRef law="wgbo" article="7:457" onTopic="geheimhouding-doorbreken" />
      </Section>

      <Section id="zes-situaties" title="De zes situaties">
        <LawRef law="handreiking" article="geheimhouding" onTopic="geheimhouding-doorbreken" />
        <ol className="list-decimal space-y-4 pl-5">
          <li>
            <strong>De cliënt geeft toestemming.</strong> Hij weet wat je deelt, met wie en waarom. Lees meer over{' '}
            <Link href={backgroundHref('toestemming')}>goede toestemming</Link>.
          </li>
          <li>
            <strong>Een collega is direct bij de hulp betrokken.</strong> Dat geldt ook voor je vervanger. Spreek samen
            af wie daarbij horen. Een teamlid hoort erbij als hij een rol heeft in de casus.
          </li>
          <li>
            <strong>Ouders met gezag vragen naar hun kind onder de 16.</strong> Zij hebben recht op informatie uit het
            dossier. Maar soms is dat niet goed voor het kind. Dan past het niet bij de zorg van een goed hulpverlener.
            Je geeft die informatie dan niet.
            <LawRef law="handreiking" article="ouders-onder-16" onTopic="geheimhouding-doorbreken" />
          </li>
          <li>
            <strong>De wet geeft je het recht om te delen.</strong> Dan mag je delen zonder toestemming. Voorbeelden
            zijn een melding bij Veilig Thuis of bij de Raad voor de Kinderbescherming. Dit heet een meldrecht.
            <LawRef law="wmo2015" article="5.2.6" onTopic="geheimhouding-doorbreken" />
          </li>
          <li>
            <strong>De wet verplicht je om te delen.</strong> Een voorbeeld is een ondertoezichtstelling van een kind.
            De jeugdbeschermer vraagt dan om informatie die hij nodig heeft. Die informatie moet je geven. Dat staat in
            de Jeugdwet, artikel 7.3.11 lid 4.
            <LawRef law="jeugdwet" article="7.3.11" onTopic="geheimhouding-doorbreken" />
          </li>
          <li>
            <strong>Er is een conflict van plichten.</strong> Je moet zwijgen, maar zwijgen doet veel schade. Stel
            jezelf dan deze vragen:
            <ul className="mt-2 list-disc space-y-1 pl-5">
              <li>Heb ik alles gedaan om toestemming te krijgen?</li>
              <li>Leidt zwijgen tot ernstige schade voor de cliënt of een ander?</li>
              <li>Is er echt geen andere manier om die schade te voorkomen?</li>
              <li>Helpt delen echt om verdere schade zo klein mogelijk te houden?</li>
            </ul>
          </li>
        </ol>
      </Section>

      <Section id="zo-weinig-als-nodig" title="Mag je delen? Deel dan zo weinig als nodig">
        <p>
          Je hebt besloten om te delen. De volgende vraag is: wat precies? Deel alleen wat minimaal nodig is. Deel
          feiten en zeg ook wat je niet weet.
        </p>
        <p>Twijfel je? Vraag advies aan een deskundige collega. Of bespreek je vraag zonder namen in je team.</p>
        <Vuistregel id="minimaal-delen" />
      </Section>

      <Section id="dat-of-wat" title="“Dat” of “wat”">
        <p>
          Er is een groot verschil tussen twee vragen. Is iemand bekend bij een organisatie? Of: wat staat er in zijn
          dossier? Vaak is het antwoord op de eerste vraag al genoeg.
        </p>
        <p>
          Een voorbeeld. Het wijkteam wil weten of een gezin al hulp krijgt. Dan hoeft de hulpverlener niet te vertellen
          waarvoor. Is er toch inhoud nodig? Bepaal dan welke informatie precies, en niet meer.
        </p>
        <Vuistregel id="dat-of-wat" />
      </Section>

      <Section id="eerst-bij-de-mensen-zelf" title="Eerst bij de mensen zelf">
        <p>
          Heb je meer informatie nodig? Vraag het eerst aan de mensen zelf. Of vraag hun toestemming om het bij een
          ander op te halen. Weigeren ze? Dan moet je opnieuw wegen. Bij vrijwillige hulp mag iemand ook stoppen.
        </p>
        <p>
          Informatie ophalen zonder toestemming is een ingreep in iemands leven. Dat kan alleen met een wettelijke taak,
          zoals die van Veilig Thuis. Of in een van de zes situaties hierboven.
        </p>
        <LawRef law="handreiking" article="verrijken" onTopic="geheimhouding-doorbreken" />
      </Section>
    </BackgroundPage>
  )
}
