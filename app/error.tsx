'use client'

import { useEffect } from 'react'
import { PageHeader } from '@/components/ui/page-header'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title="Er ging iets mis" intro="Dit ligt niet aan jou. Je werk tot nu toe is bewaard." />
      <p>Probeer het opnieuw. Lukt het dan nog niet? Probeer het over een paar minuten nog eens.</p>
      {error.digest ? <p className="text-sm text-muted">Foutcode: {error.digest}</p> : null}
      <button type="button" className="btn-primary" onClick={reset}>
        Opnieuw proberen
      </button>
    </div>
  )
}
