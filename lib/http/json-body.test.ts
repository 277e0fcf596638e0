import { expect, test } from 'vitest'
import { readJsonBody } from './json-body.server'

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

test('a small JSON body is parsed', async () => {
  expect(await readJsonBody(post('{"caseId":"kramer"}'))).toEqual({ ok: true, value: { caseId: 'kramer' } })
})

test('a body over the limit is refused with 413 payload_too_large, also when it does not say its length', async () => {
  const big = JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) })
  const declared = await readJsonBody(post(big))
  expect(declared.ok).toBe(false)
  if (!declared.ok) {
    expect(declared.response.status).toBe(413)
    expect(await declared.response.json()).toMatchObject({ error: 'payload_too_large' })
  }
  // A streamed body without Content-Length is counted as it arrives.
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)))
      controller.close()
    },
  })
  const streamed = await readJsonBody(post(stream))
  expect(streamed.ok ? 200 : streamed.response.status).toBe(413)
})

test('malformed JSON is a 400 invalid_json', async () => {
  const result = await readJsonBody(post('{nope'))
  expect(result.ok ? 200 : result.response.status).toBe(400)
})
