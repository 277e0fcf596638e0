import { NextResponse } from 'next/server'

// Liveness: the process is up and its event loop answers. Never touches the database, so an outage of the database
// does not make an orchestrator restart every instance (readiness, next door, takes them out of the balancer instead).
export const dynamic = 'force-dynamic'

export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
}
