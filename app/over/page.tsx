import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'

export const metadata: Metadata = { title: 'Over Deelwijs' }

export default function AboutPage() {
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title="Over Deelwijs" />
      <p>
        Professionals in het sociaal domein delen soms geen informatie terwijl dat wel zou moeten. Soms delen ze juist
        te veel. De regels voelen vaak onduidelijk. Deelwijs helpt je oefenen met die keuzes, veilig en zonder echte
        cliënten.
      </p>
      <h2 className="text-2xl">Zuinig met jouw gegevens</h2>
      <p>
        Deelwijs bewaart alleen wat nodig is om te leren: je naam, je e-mailadres en je keuzes in de dilemma’s. Een
        gemeente ziet alleen of je een module hebt afgerond, nooit welke keuzes jij maakte.
      </p>
      <h2 className="text-2xl">Open source</h2>
      <p>De broncode van Deelwijs is openbaar. Iedereen kan meekijken hoe het werkt.</p>
    </div>
  )
}
