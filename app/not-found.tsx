import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'

export default function NotFound() {
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title="Pagina niet gevonden" intro="Deze pagina bestaat niet, of is verplaatst." />
      <p>Controleer het adres, of ga terug naar de startpagina.</p>
      <Link href="/" className="btn-primary">
        Naar de startpagina
      </Link>
    </div>
  )
}
