import type { Metadata } from 'next'
import { LiveProjector } from '@/components/live/projector'
import { requireLiveSession } from '@/lib/live/access.server'

export const metadata: Metadata = { title: 'Klassikaal op het scherm' }

export default async function OwnProjectorPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { session } = await requireLiveSession((await params).sessionId)
  return <LiveProjector session={session} backHref="/klas/live" />
}
