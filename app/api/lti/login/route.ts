import { NextResponse } from 'next/server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { beginLogin, loginInitiationSchema } from '@/lib/lti/launch.server'
import { ltiErrorPage } from '@/lib/lti/responses.server'

// LTI 1.3 OIDC login initiation (the "Login URL" / "OIDC login initiation URL" in the LMS). Platforms use GET or a
// form POST; both carry the same parameters. No session is needed or changed here, so no origin check applies.

async function initiate(params: Record<string, string>) {
  const parsed = loginInitiationSchema.safeParse(params)
  if (!parsed.success) return ltiErrorPage('invalid-request')
  const result = await beginLogin(parsed.data, `${await publicOrigin()}/api/lti/launch`)
  if ('error' in result) return ltiErrorPage(result.error, 404)
  return NextResponse.redirect(result.redirect, 302)
}

export async function GET(request: Request) {
  return initiate(Object.fromEntries(new URL(request.url).searchParams))
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null)
  if (!form) return ltiErrorPage('invalid-request')
  return initiate(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])))
}
