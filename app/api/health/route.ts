import { NextResponse } from 'next/server'
import { db } from '@/lib/db/client.server'

// Public liveness and readiness: 200 when the database answers, 503 otherwise. Says nothing else.
export const dynamic = 'force-dynamic'

export async function GET() {
  try {
    await db().$queryRaw`select 1`
    return NextResponse.json({ status: 'ok' })
  } catch {
    return NextResponse.json({ status: 'unavailable', error: 'database_unavailable' }, { status: 503 })
  }
}
