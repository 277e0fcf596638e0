import { NextResponse } from 'next/server'
import { publicKeySet } from '@/lib/lti/keys.server'

// The tool's public keys (the "Public keyset URL" in the LMS): platforms verify our signed messages with them.
export const dynamic = 'force-dynamic'

export async function GET() {
  return NextResponse.json(await publicKeySet(), { headers: { 'cache-control': 'public, max-age=300' } })
}
