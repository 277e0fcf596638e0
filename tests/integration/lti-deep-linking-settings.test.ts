import { decodeJwt } from 'jose'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { LTI_DL } from '@/lib/lti/claims'
import { type DeepLinkTicket, presentationFor, replyToPicker } from '@/lib/lti/deep-linking.server'
import type { LaunchRequest } from '../servers/lti-platform'
import { pickerTicket, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'

// Deep Linking 2.0 honouring the platform's deep_linking_settings (accept_types, accept_presentation_document_targets,
// accept_multiple) and the cancel response, against the test platform, which verifies every response with the tool's
// published keys (tests/servers/lti-platform.ts).

let lti: RegisteredPlatform

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Deep Linking')
})

afterAll(() => lti.close())

/** A docent's deep linking launch with these settings, as far as the picker's ticket. */
function ticketWith(settings: Partial<LaunchRequest>): Promise<DeepLinkTicket> {
  return pickerTicket(lti, {
    kind: 'deeplink',
    user: `docent-${Math.random().toString(36).slice(2, 8)}`,
    role: 'Instructor',
    course: 'course-dl',
    target: `${lti.toolOrigin}/api/lti/launch`,
    ...settings,
  })
}

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v)
  }
  return data
}

/** Posts the reply to the platform's return URL, as the browser does, and returns what the platform received. */
async function deliver(reply: Awaited<ReturnType<typeof replyToPicker>>) {
  if (!reply.ok) throw new Error(reply.error)
  const before = lti.platform.received.deepLinkResponses.length
  const response = await fetch(reply.returnUrl, { method: 'POST', body: new URLSearchParams({ JWT: reply.jwt }) })
  expect(response.status).toBe(200)
  expect(lti.platform.received.deepLinkResponses).toHaveLength(before + 1)
  return lti.platform.received.deepLinkResponses.at(-1) as Record<string, unknown>
}

test('several items only when the platform says accept_multiple; otherwise one, enforced on the server', async () => {
  const many = await ticketWith({ acceptMultiple: 'true' })
  expect(many.acceptMultiple).toBe(true)
  const two = await deliver(
    await replyToPicker(many, form({ actie: 'toevoegen', kies: ['kramer/huisarts', 'brouwer'] }), lti.toolOrigin),
  )
  expect(two[`${LTI_DL}content_items`]).toHaveLength(2)

  for (const setting of ['false', 'absent'] as const) {
    const one = await ticketWith({ acceptMultiple: setting })
    expect(one.acceptMultiple).toBe(false)
    // A crafted post with two items is refused, not cut short silently.
    expect(
      await replyToPicker(one, form({ actie: 'toevoegen', kies: ['kramer/huisarts', 'brouwer'] }), lti.toolOrigin),
    ).toEqual({ ok: false, error: 'one-only' })
    const single = await deliver(
      await replyToPicker(one, form({ actie: 'toevoegen', kies: 'kramer/huisarts' }), lti.toolOrigin),
    )
    expect(single[`${LTI_DL}content_items`]).toEqual([
      expect.objectContaining({ type: 'ltiResourceLink', url: `${lti.toolOrigin}/leren/kramer/huisarts` }),
    ])
  }
})

test('the posted selection is validated: nothing, unknown or malformed items are refused', async () => {
  const ticket = await ticketWith({})
  const refused = async (fields: Record<string, string | string[]>) =>
    replyToPicker(ticket, form(fields), lti.toolOrigin)
  expect(await refused({ actie: 'toevoegen' })).toEqual({ ok: false, error: 'nothing-chosen' })
  expect(await refused({ actie: 'toevoegen', kies: '../../etc/passwd' })).toEqual({
    ok: false,
    error: 'nothing-chosen',
  })
  expect(await refused({ actie: 'toevoegen', kies: 'bestaat-niet/ook-niet' })).toEqual({
    ok: false,
    error: 'nothing-chosen',
  })
  expect(await refused({ actie: 'verwijderen', kies: 'kramer' })).toEqual({ ok: false, error: 'nothing-chosen' })
})

test('the presentation is one the platform accepts, or none when nothing fits', async () => {
  const item = async (acceptTargets: string) => {
    const ticket = await ticketWith({ acceptTargets })
    const received = await deliver(
      await replyToPicker(ticket, form({ actie: 'toevoegen', kies: 'kramer' }), lti.toolOrigin),
    )
    return (received[`${LTI_DL}content_items`] as Record<string, unknown>[])[0]
  }
  // This test server's LMS may not frame Deelwijs (no FRAME_ANCESTORS): a new window, even when iframe is offered.
  expect(await item('iframe,window')).toMatchObject({ window: { targetName: 'deelwijs' } })
  expect(await item('iframe,window')).not.toHaveProperty('iframe')
  expect(await item('window')).toMatchObject({ window: expect.any(Object) })
  const none = await item('embed')
  expect(none).not.toHaveProperty('window')
  expect(none).not.toHaveProperty('iframe')
  expect(await item('')).not.toHaveProperty('window')

  // Where the LMS may frame Deelwijs, a frame is preferred; a window when the LMS does not take frames.
  const lms = ['https://lms.example']
  expect(presentationFor(['iframe', 'window'], 'https://lms.example/return', lms)).toBe('iframe')
  expect(presentationFor(['window'], 'https://lms.example/return', lms)).toBe('window')
  expect(presentationFor(['iframe'], 'https://other.example/return', lms)).toBeUndefined()
  expect(presentationFor(['embed'], 'https://lms.example/return', lms)).toBeUndefined()
})

test('Annuleren returns a signed response without items, with a message for the platform', async () => {
  const ticket = await ticketWith({})
  const reply = await replyToPicker(ticket, form({ actie: 'annuleren', kies: 'kramer' }), lti.toolOrigin)
  const received = await deliver(reply)
  expect(received[`${LTI_DL}content_items`]).toEqual([])
  expect(received[`${LTI_DL}msg`]).toBe('Er is niets uit Deelwijs toegevoegd.')
  expect(received[`${LTI_DL}data`]).toBe('opaque-platform-data')
  if (reply.ok) expect(decodeJwt(reply.jwt)[`${LTI_DL}errormsg`]).toBeUndefined()
})

test('a platform that takes no resource links gets only the cancel, with an error message', async () => {
  const ticket = await ticketWith({ acceptTypes: 'link,file' })
  expect(ticket.acceptsResourceLinks).toBe(false)
  expect(await replyToPicker(ticket, form({ actie: 'toevoegen', kies: 'kramer' }), lti.toolOrigin)).toEqual({
    ok: false,
    error: 'type-not-accepted',
  })
  const received = await deliver(await replyToPicker(ticket, form({ actie: 'annuleren' }), lti.toolOrigin))
  expect(received[`${LTI_DL}content_items`]).toEqual([])
  expect(received[`${LTI_DL}errormsg`]).toContain('alleen LTI-links')
})
