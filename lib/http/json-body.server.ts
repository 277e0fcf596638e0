import { apiError } from '@/lib/auth/api-guard.server'

// The one way a route handler reads a JSON body: at most `limitBytes` (64 kB unless said otherwise), counted while
// the body streams in, so an oversized body is refused before it is held in memory or parsed.
export const JSON_BODY_LIMIT_BYTES = 64 * 1024

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response }

function tooLarge(limitBytes: number): JsonBody {
  return {
    ok: false,
    response: apiError(413, 'payload_too_large', `Het verzoek is te groot (hoogstens ${limitBytes / 1024} kB).`),
  }
}

export async function readJsonBody(request: Request, limitBytes = JSON_BODY_LIMIT_BYTES): Promise<JsonBody> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > limitBytes) return tooLarge(limitBytes)
  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limitBytes) {
        await reader.cancel().catch(() => {})
        return tooLarge(limitBytes)
      }
      chunks.push(value)
    }
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) }
  } catch {
    return { ok: false, response: apiError(400, 'invalid_json', 'Het verzoek is geen geldige JSON.') }
  }
}
