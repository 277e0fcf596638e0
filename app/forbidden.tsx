import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'

export default function Forbidden() {
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader
        title="Geen toegang"
        intro="Met jouw account mag je deze pagina niet bekijken. Dat is zo bedoeld: je ziet alleen wat bij jouw rol past."
      />
      <p>Denk je dat je wel toegang zou moeten hebben? Vraag het de beheerder van jouw organisatie.</p>
      <Link href="/" className="btn-primary">
        Naar de startpagina
      </Link>
    </div>
  )
}
