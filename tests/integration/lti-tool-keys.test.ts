import { exportJWK, generateKeyPair } from 'jose'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { deepLinkingResponse } from '@/lib/lti/deep-linking.server'
import { rotateToolKeysAsAdmin } from '@/lib/lti/key-admin.server'
import { publicKeySet, RETIRED_GRACE_DAYS, toolKey } from '@/lib/lti/keys.server'
import { deliverScores } from '@/lib/outbox/outbox.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { launchAndProvision, pickerTicket, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'
import { playToEnding } from '../support/play'

// The tool key rollover (ADR 036) against the test platform, which checks every signature with the key set the tool
// publishes: next and current published, the current one signing; after a rotation the old key stays published for
// the grace period, so a response signed just before still verifies; private keys sealed in the database.

let lti: RegisteredPlatform

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Sleutels')
})

afterAll(() => lti.close())

const kids = async () => (await publicKeySet()).keys.map((key) => key.kid)
const row = (kid: string) => db().ltiToolKey.findUniqueOrThrow({ where: { kid } })

test('the first use makes a current and a next key, both published, private halves sealed', async () => {
  const signing = await toolKey()
  const rows = await db().ltiToolKey.findMany()
  expect(rows.map((r) => r.state).sort()).toEqual(['current', 'next'])
  expect(rows.find((r) => r.state === 'current')?.kid).toBe(signing.kid)
  expect((await kids()).sort()).toEqual(rows.map((r) => r.kid).sort())
  for (const r of rows) {
    expect(r.privateJwk).toBeNull()
    expect(r.privateKeyEncrypted).toMatch(/^v1\./)
    // Nothing of the private key in the clear, and no private members in the published key.
    expect(JSON.stringify(r)).not.toMatch(/"d":/)
    expect(r.publicJwk).not.toHaveProperty('d')
  }
})

function docentTicket(user: string) {
  return pickerTicket(lti, {
    kind: 'deeplink',
    user,
    role: 'Instructor',
    course: 'course-keys',
    target: `${lti.toolOrigin}/api/lti/launch`,
  })
}

const returnTo = (ticket: { returnUrl: string }, jwt: string | null) =>
  fetch(ticket.returnUrl, { method: 'POST', body: new URLSearchParams({ JWT: jwt ?? '' }) })

test('after a rotation the new key signs, and what the old key signed just before still verifies', async () => {
  const ticket = await docentTicket('docent-keys')
  const before = await toolKey()
  const signedBefore = await deepLinkingResponse(ticket, [])
  // The platform checks it now, and keeps our key set (current and next) in its cache, as LMSs do.
  expect((await returnTo(ticket, signedBefore)).status).toBe(200)
  const published = await kids()
  const next = (await db().ltiToolKey.findFirstOrThrow({ where: { state: 'next' } })).kid

  const result = await rotateToolKeysAsAdmin(lti.adminId)
  expect(result.ok).toBe(true)
  expect(await db().auditLog.findFirst({ where: { action: 'lti-tool-key.rotate' } })).toMatchObject({
    actorId: lti.adminId,
    detail: { retired: [before.kid], current: next },
  })
  // The key that was published ahead now signs; the old one is retired but still in the key set.
  const after = await toolKey()
  expect(after.kid).toBe(next)
  expect(await row(before.kid)).toMatchObject({ state: 'retired', retiredAt: expect.any(Date) })
  const now = await kids()
  expect(now).toEqual(expect.arrayContaining([...published]))
  expect(now).toHaveLength(3)

  // The platform accepts the response signed before the rotation, and one signed after with the key it had cached
  // as "next" (jose refetches a key set at most every 30 seconds: publishing ahead is what makes this work).
  expect((await returnTo(ticket, signedBefore)).status).toBe(200)
  const signedAfter = await deepLinkingResponse(ticket, [])
  expect(JSON.parse(Buffer.from((signedAfter ?? '').split('.')[0] ?? '', 'base64url').toString()).kid).toBe(next)
  expect((await returnTo(ticket, signedAfter)).status).toBe(200)

  // Grade requests (the AGS client assertion) are signed with the new key and accepted too.
  const learner = await launchAndProvision(lti, {
    kind: 'resource',
    user: 'student-keys',
    role: 'Learner',
    course: 'course-keys',
    target: `${lti.toolOrigin}/leren/kramer/huisarts`,
    lineItem: 'li-keys',
  })
  await playToEnding(
    learner.userId,
    playableDilemma('kramer', 'huisarts') as NonNullable<ReturnType<typeof playableDilemma>>,
  )
  expect(await deliverScores()).toMatchObject({ sent: 1, parked: 0, failed: 0 })

  // After the grace period the retired key leaves the key set, and the database.
  await db().ltiToolKey.update({
    where: { kid: before.kid },
    data: { retiredAt: new Date(Date.now() - (RETIRED_GRACE_DAYS * 24 + 1) * 3600_000) },
  })
  expect(await kids()).not.toContain(before.kid)
  expect(await db().ltiToolKey.count({ where: { kid: before.kid } })).toBe(0)
})

test('a plain-text key from before the rollover is sealed at first use and keeps its kid and its state', async () => {
  await db().ltiToolKey.deleteMany()
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = 'legacy-key'
  await db().ltiToolKey.create({
    data: {
      kid,
      state: 'current',
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
    },
  })
  // Platforms know this key already: it stays current and published, and a next key is published beside it.
  const published = await kids()
  expect(published).toContain(kid)
  expect(published).toHaveLength(2)
  const sealed = await row(kid)
  expect(sealed).toMatchObject({ state: 'current', privateJwk: null })
  expect(sealed.privateKeyEncrypted).toMatch(/^v1\./)
  expect(sealed.privateKeyEncrypted).not.toContain(String((await exportJWK(privateKey)).d))
})
