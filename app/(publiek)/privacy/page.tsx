import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { contactLine } from '@/lib/contact.server'
import { env } from '@/lib/env.server'

export const metadata: Metadata = { title: 'Privacyverklaring' }

// What Deelwijs stores, why, how long, and your rights. Kept next to the code that does it, so it stays true.
export default function PrivacyPage() {
  const contact = contactLine()
  const months = env().RETENTION_INACTIVE_MONTHS
  const rows = [
    [
      'Naam en e-mailadres',
      'Inloggen en je herkennen in je klas of team',
      `Tot je je account verwijdert, of na ${months} maanden zonder inloggen`,
    ],
    ['Wachtwoord (alleen als onleesbare hash, argon2id)', 'Veilig inloggen', 'Zolang je account bestaat'],
    ['Rollen, organisatie, klassen en teams', 'Bepalen wat je mag zien en doen', 'Zolang je account bestaat'],
    [
      'Je keuzes in de dilemma’s, met tijdstip',
      'Je voortgang, feedback, je certificaat, en de overzichten van je docent',
      'Zolang je account bestaat; daarna alleen zonder naam',
    ],
    [
      'Certificaten (naam, module, datum, tijd)',
      'Bewijs dat je een module afrondde, controleerbaar met de code',
      'Zolang je account bestaat',
    ],
    [
      'Als je inlogt via je organisatie of je leeromgeving: de code waarmee die jou aanduidt (geen wachtwoord, geen e-mailadres uit de leeromgeving)',
      'Je herkennen als je opnieuw via je organisatie of leeromgeving komt',
      'Zolang je account bestaat',
    ],
    [
      'Als je via je leeromgeving (LTI) speelt: waar je score naartoe gaat',
      'Je score in het cijferboek van je cursus zetten',
      'Zolang je account bestaat',
    ],
    [
      'Leerregistraties (xAPI), als je organisatie dat aanzet: wat je koos en je score, onder een schuilnaam',
      'Leeranalyse door je organisatie, in haar eigen Learning Record Store',
      'Zolang je organisatie Deelwijs gebruikt; na het verwijderen van je account niet meer aan jou te koppelen',
    ],
    ['Mislukte inlogpogingen (e-mailadres of IP-adres)', 'Raden van wachtwoorden tegengaan', '15 minuten tot een dag'],
    [
      'Logboek van beheerders, coördinatoren en docenten',
      'Controleren wie wat deed, zoals downloads van rapportages',
      'Zolang de organisatie Deelwijs gebruikt',
    ],
  ]
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Privacyverklaring"
        intro="Deelwijs leert je zorgvuldig omgaan met gegevens. Dus doen we dat zelf ook."
      />
      <h2 className="text-2xl">Wie is verantwoordelijk?</h2>
      <p>
        De organisatie die Deelwijs voor jou beschikbaar stelt (je hogeschool, gemeente of werkgever) is
        verwerkingsverantwoordelijke in de zin van de AVG. {contact.text}
      </p>
      <h2 className="text-2xl">Wat we bewaren, waarom en hoe lang</h2>
      <DataTable caption="Gegevens, doel en bewaartermijn" columns={['Gegevens', 'Waarom', 'Hoe lang']}>
        {rows.map(([what, why, how]) => (
          <tr key={what} className="border-b border-line align-top">
            <td className="py-2 pr-4">{what}</td>
            <td className="py-2 pr-4">{why}</td>
            <td className="py-2">{how}</td>
          </tr>
        ))}
      </DataTable>
      <h2 className="text-2xl">Wat je docent en je gemeente zien</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Je docent ziet per opdracht je status, je beste score, je bestede tijd en wanneer je actief was.</li>
        <li>In de klasbespreking ziet je docent alleen totalen, pas vanaf 5 studenten, zonder namen.</li>
        <li>
          Een gemeente ziet wie welke verplichte module afrondde en in welke week (niet op welke dag). Jouw keuzes ziet
          een gemeente nooit.
        </li>
        <li>
          Een gemeente ziet ook totalen per beslismoment: hoeveel medewerkers eerst welke keuze maakten, alleen per
          maand, kwartaal of jaar en per team (het team waarin je zat toen je antwoordde), nooit voor een zelfgekozen
          reeks dagen. Een beslismoment verschijnt pas vanaf 10 antwoorden en aantallen onder de 5 worden verborgen.
        </li>
        <li>
          Elk getal in die totalen is een klein beetje verschoven, hooguit 2 erbij of eraf (een 0 blijft 0). Elk
          antwoord heeft daarvoor een vast willekeurig nummer; dezelfde groep antwoorden krijgt altijd dezelfde
          verschuiving. Zo kan niemand twee tabellen van elkaar aftrekken om te zien wat één collega koos. Gemiddeld
          over veel beslismomenten kloppen de getallen.
        </li>
      </ul>
      <h2 className="text-2xl">Grondslag</h2>
      <p>
        We verwerken je gegevens omdat dat nodig is voor de training die je organisatie aanbiedt (AVG artikel 6 lid 1
        sub b of e, afhankelijk van je organisatie). We verwerken geen bijzondere persoonsgegevens over jou. De gezinnen
        in de dilemma’s zijn verzonnen.
      </p>
      <h2 className="text-2xl">Je rechten</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Inzage en meenemen: download al je gegevens op <Link href="/account">Mijn account</Link> (JSON en CSV).
        </li>
        <li>Verwijderen: verwijder je account zelf op Mijn account. Je keuzes blijven alleen zonder naam bewaard.</li>
        <li>
          Correctie, beperking en bezwaar:{' '}
          {contact.email ? `mail naar ${contact.email}` : 'neem contact op met je organisatie'}.
        </li>
        <li>Klacht: je kunt een klacht indienen bij de Autoriteit Persoonsgegevens.</li>
      </ul>
      <h2 className="text-2xl">Lokale afspraken</h2>
      <p>
        Een gemeente kan bij een dilemma een lokale afspraak zetten, bijvoorbeeld wie je belt bij het Zorg- en
        Veiligheidshuis. Zo’n afspraak gaat nooit over cliënten en bevat geen gegevens over hen. Staat er een
        contactpersoon bij, dan is dat een professional of een team, met werkgegevens. Alleen deelnemers van die
        gemeente zien de afspraak. Elke wijziging wordt met naam en tijd bewaard, zodat te zien is wie wat afsprak.
      </p>
      <h2 className="text-2xl">Beveiliging</h2>
      <p>
        Wachtwoorden worden met argon2id gehasht. Inloggen is beperkt tegen raden. Verbindingen zijn versleuteld
        (HTTPS). Deelwijs plaatst alleen een noodzakelijke inlogcookie, geen tracking- of advertentiecookies, en laadt
        niets van andere websites.
      </p>
    </div>
  )
}
