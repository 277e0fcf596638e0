import type { Metadata } from 'next'
import { LiveProjector } from '@/components/live/projector'
import { requireLiveSession } from '@/lib/live/access.server'

export const metadata: Metadata = { title: 'Klassikaal op het scherm' }

export default async function ClassProjectorPage({
  params,
}: {
  params: Promise<{ groupId: string; sessionId: string }>
}) {
  const { groupId, sessionId } = await params
  const { session } = await requireLiveSession(sessionId, groupId)
  return <LiveProjector session={session} backHref={`/klas/${groupId}/live`} />
}
