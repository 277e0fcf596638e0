import type { Metadata } from 'next'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'
import { Vuistregel } from '@/components/scenario/vuistregel'

// Sources: Handreiking (2023), bijlage "Vuistregels samenwerking zorg en straf" (the Landelijk Netwerk zorg/straf:
// OM, politie, 3RO, RvdK and Veilig Thuis; vuistregels 1–7) and deel 3 AVG-stap 4 (criminal data: a ban with legal
// exceptions); AVG art. 10; Wmo 2015 art. 4.1.1; Wet politiegegevens; Wjsg (justitiële documentatie, the VOG).
const TITLE = 'Zorg en straf: samenwerken naast een strafzaak'

export const metadata: Metadata = { title: TITLE }

export default function ZorgEnStrafPage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="Bij huiselijk geweld loopt er soms een strafzaak naast de hulp. Politie en justitie kijken naar wat iemand deed. Veilig Thuis en de hulpverlening kijken naar de veiligheid van het hele gezin. Zo werken ze samen zonder elkaars rol over te nemen."
      seeAlso={[
        topicLink('vuistregels'),
        topicLink('casusoverleg'),
        topicLink('jeugdbescherming'),
        termLink('reclassering', 'reclassering'),
        termLink('zsm', 'ZSM'),
        termLink('strafrechtelijke-gegevens', 'strafrechtelijke gegevens'),
      ]}
    >
      <Section id="netwerk" title="Wie werken samen?">
        <p>
          Het Openbaar Ministerie, de politie, de reclassering, de Raad voor de Kinderbescherming en Veilig Thuis werken
          samen in het Landelijk Netwerk zorg/straf. Ze spraken vuistregels af voor het delen van gegevens.
        </p>
        <Vuistregel id="zorg-straf-1" />
        <Vuistregel id="zorg-straf-3" />
      </Section>

      <Section id="veilig-thuis" title="Veilig Thuis: veiligheid, geen opsporing">
        <p>
          Veilig Thuis heeft eigen taken in de wet: advies, meldingen, veiligheid en hulp. Opsporen en straffen hoort
          daar niet bij. Veilig Thuis geeft politie en justitie alleen informatie als dat helpt om geweld te voorkomen
          of te stoppen. Niet alleen om een strafzaak sterker te maken.
        </p>
        <LawRef law="wmo2015" article="4.1.1" />
        <Vuistregel id="zorg-straf-5" />
        <Vuistregel id="zorg-straf-7" />
      </Section>

      <Section id="doel" title="Zeg waarvoor je iets vraagt">
        <p>
          Vraag je een partner om gegevens? Zeg dan waarvoor. De ander mag erop rekenen dat je ze niet voor iets heel
          anders gebruikt. Krijg je informatie om geweld te voorkomen? Zet dan de bron niet bloot als dat iemand in
          gevaar brengt.
        </p>
        <Vuistregel id="zorg-straf-6" />
      </Section>

      <Section id="strafrechtelijke-gegevens" title="Strafrechtelijke gegevens zijn extra beschermd">
        <p>
          Gegevens over een strafbaar feit, een verdenking, een straf of voorwaarden mag je alleen gebruiken als de wet
          dat regelt. Politiegegevens vallen onder de Wet politiegegevens. Het strafregister valt onder de Wet
          justitiële en strafvorderlijke gegevens.
        </p>
        <p>
          Een werkgever, verhuurder, school of buurman krijgt zulke gegevens niet. Een werkgever kan wel vragen om een
          VOG. Justis beoordeelt dan of het verleden een bezwaar is voor het werk.
        </p>
        <LawRef law="avg" article="10" onTopic="zorg-en-straf" />
        <LawRef law="politiegegevens" />
        <LawRef law="wjsg" onTopic="zorg-en-straf" />
      </Section>
    </BackgroundPage>
  )
}
