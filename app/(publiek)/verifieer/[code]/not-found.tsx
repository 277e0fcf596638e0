import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'

export default function CertificateNotFound() {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <PageHeader title="Geen certificaat gevonden" intro="Er bestaat geen certificaat met deze code." />
      <p>Kijk of je de code goed hebt overgenomen. Een code ziet eruit als DW-ABCD-EFGH.</p>
      <Link href="/verifieer" className="btn-primary">
        Een code invullen
      </Link>
    </div>
  )
}
