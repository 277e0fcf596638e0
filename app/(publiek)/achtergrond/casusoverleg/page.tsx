import type { Metadata } from 'next'
import { BackgroundPage, Section, termLink, topicLink } from '@/components/achtergrond/background-page'
import { LawRef } from '@/components/scenario/law-ref'
import { Vuistregel } from '@/components/scenario/vuistregel'

// Sources: Handreiking (2023) deel 2 "Verwerkingsverantwoordelijke" (AVG art. 26 and the agreements to make),
// "Grondslagen voor de gegevensverwerkingen" (every partner's grondslag comes from its own law; the giving party
// weighs), "Visie gefaseerd samenwerken" (only concrete facts needed for safety; bouwsteen 7: a convenant is
// optional); the zorg-en-straf vuistregel 7 (the family is told beforehand about a bespreking); AVG art. 5, 6, 15.
const TITLE = 'Casusoverleg en convenant'

export const metadata: Metadata = { title: TITLE }

export default function CasusoverlegPage() {
  return (
    <BackgroundPage
      title={TITLE}
      intro="In een casusoverleg praten professionals van verschillende organisaties samen over één gezin. Dat kan veel opleveren. Maar het overleg heeft een doel, en dat doel bepaalt wie er aan tafel zit en wat er op tafel komt."
      seeAlso={[
        topicLink('avg-stappen'),
        topicLink('zorg-en-straf'),
        topicLink('vuistregels'),
        termLink('convenant', 'convenant'),
        termLink('verwerkingsverantwoordelijke', 'verwerkingsverantwoordelijke'),
        termLink('doelbinding', 'doelbinding'),
      ]}
    >
      <Section id="convenant" title="Wat een convenant wel en niet doet">
        <p>
          Partners leggen in een convenant vast hoe ze samenwerken: het doel, wie meedoet, en hoe ze met gegevens
          omgaan. Dat helpt. Maar een convenant is geen wet. Het geeft geen nieuw recht om gegevens te delen, en het
          haalt geen beroepsgeheim weg.
        </p>
        <p>Elke partner deelt op grond van zijn eigen taak in de wet. En wie gegevens geeft, maakt zelf de afweging.</p>
        <LawRef law="avg" article="6" />
        <Vuistregel id="verstrekker-weegt" />
      </Section>

      <Section id="doel" title="Het doel bepaalt wat op tafel komt">
        <p>
          Gebruik gegevens alleen voor het doel van het overleg. Bij huiselijk geweld is dat meestal: het geweld stoppen
          en het huishouden veilig maken. Deel dan concrete feiten die daarvoor nodig zijn. Wat niets met dat doel te
          maken heeft, blijft buiten het overleg.
        </p>
        <LawRef law="avg" article="5" />
        <Vuistregel id="zorg-straf-6" />
      </Section>

      <Section id="verantwoordelijk" title="Wie is verantwoordelijk?">
        <p>
          Elke organisatie is verwerkingsverantwoordelijke voor haar eigen dossier. Bepalen partners samen waarom en hoe
          ze iets vastleggen, zoals het verslag van het overleg? Dan zijn ze daar samen verantwoordelijk voor. Ze
          spreken af wie de mensen informeert, wie een vraag om inzage beantwoordt en wie een datalek meldt.
        </p>
        <LawRef law="avg" article="26" onTopic="casusoverleg" />
        <LawRef law="avg" article="15" />
      </Section>

      <Section id="gezin" title="Het gezin weet ervan">
        <p>
          Het gezin hoort in principe vooraf dat het besproken wordt, en waarom. Alleen als dat iemand in gevaar brengt,
          gebeurt dat later.
        </p>
        <Vuistregel id="zorg-straf-7" />
      </Section>
    </BackgroundPage>
  )
}
