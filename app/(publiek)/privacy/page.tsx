import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { contactLine } from '@/lib/contact.server'
import { env } from '@/lib/env.server'
import { loadInventory } from '@/lib/privacy/schema-inventory'
import { statementRows } from '@/lib/privacy/statement'

export const metadata: Metadata = { title: 'Privacyverklaring' }

// What Deelwijs stores, why, how long, and your rights. The table is read from the data inventory in
// prisma/schema.prisma (docs/decisions/028-data-inventory.md), so it always matches the database.
export default function PrivacyPage() {
  const contact = contactLine()
  const months = env().RETENTION_INACTIVE_MONTHS
  const rows = statementRows(loadInventory(), { inactiveMonths: months })
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
      <p>
        Deze tabel komt uit de gegevensinventaris van Deelwijs: bij elk veld in de database staat waarom het er is, wie
        het ziet en hoe lang het blijft. Zo klopt deze verklaring altijd met wat er echt wordt bewaard.
      </p>
      <DataTable
        caption="Gegevens, doel, wie het ziet en bewaartermijn"
        columns={['Gegevens', 'Waarom', 'Wie ziet het', 'Hoe lang']}
      >
        {rows.map((row) => (
          <tr key={row.model} className="border-b border-line align-top">
            <td className="py-2 pr-4">{row.what}</td>
            <td className="py-2 pr-4">{row.why.join('. ')}</td>
            <td className="py-2 pr-4">{row.who}</td>
            <td className="py-2">{row.howLong.join('. ')}</td>
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
