import { NextResponse } from 'next/server'
import { readiness } from '@/lib/db/readiness.server'

// Readiness, for the load balancer and the chart's readinessProbe: 200 when the database answers and every migration
// on disk is applied; 503 otherwise, with a machine-readable reason. Says nothing else (public route).
export const dynamic = 'force-dynamic'

export async function GET() {
  const problem = await readiness()
  const headers = { 'cache-control': 'no-store' }
  if (problem) return NextResponse.json({ status: 'unavailable', error: problem }, { status: 503, headers })
  return NextResponse.json({ status: 'ok' }, { headers })
}
