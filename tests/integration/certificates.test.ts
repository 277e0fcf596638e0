import { extractText, getDocumentProxy } from 'unpdf'
import { expect, test } from 'vitest'
import type { CurrentUser } from '@/lib/auth/session.server'
import { certificateOptions } from '@/lib/certificates/eligibility.server'
import { findCertificate, issueCertificate } from '@/lib/certificates/issue.server'
import { renderCertificatePdf } from '@/lib/certificates/pdf.server'
import { db } from '@/lib/db/client.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'

async function student() {
  const org = await createOrganisation(db(), { kind: 'hogeschool' })
  const klas = await createGroup(db(), { organisationId: org.id, name: 'SPH 3C' })
  const user = await createUser(db(), { organisationId: org.id, role: 'learner', name: 'Zoë van Ëlst' })
  await addToGroup(db(), klas.id, user.id)
  const current: CurrentUser = { id: user.id, name: user.name, email: user.email, memberships: [] }
  return { org, klas, user: current }
}

/** A completed attempt; by default behaald (a passend ending at 80%). */
async function complete(
  userId: string,
  dilemmaId: string,
  minutes: number,
  ending: { outcome: string; score: number } = { outcome: 'passend', score: 80 },
  caseId = 'kramer',
) {
  const startedAt = new Date(Date.now() - 60 * 60_000)
  await db().attempt.create({
    data: {
      userId,
      caseId,
      dilemmaId,
      contentHash: 'test',
      currentScene: 'einde',
      status: 'completed',
      score: ending.score,
      outcome: ending.outcome,
      startedAt,
      completedAt: new Date(startedAt.getTime() + minutes * 60_000),
      events: {
        create: Array.from({ length: minutes }, (_, i) => ({
          step: i + 1,
          kind: 'choice',
          fromScene: `s${i}`,
          toScene: `s${i + 1}`,
          createdAt: new Date(startedAt.getTime() + (i + 1) * 60_000),
        })),
      },
    },
  })
}

test('a class certificate needs every assigned dilemma behaald; it is issued once and verifiable with only what is on it', async () => {
  const { klas, user } = await student()
  await db().assignment.createMany({
    data: [
      { groupId: klas.id, caseId: 'kramer', dilemmaId: 'huisarts' },
      { groupId: klas.id, caseId: 'kramer', dilemmaId: 'mentor' },
    ],
  })
  await complete(user.id, 'huisarts', 6)
  const option = (await certificateOptions(user.id)).find((o) => o.scope === 'klas')
  expect(option).toMatchObject({ complete: false, issuedCode: null, title: expect.stringContaining('SPH 3C') })
  const refused = await issueCertificate(user, { scope: 'klas', groupId: klas.id })
  expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('Nog niet behaald') })
  expect(await db().certificate.count({ where: { userId: user.id } })).toBe(0)

  // Finishing mentor with an onjuist ending is afgerond, not behaald: still no certificate, and it says why.
  await complete(user.id, 'mentor', 4, { outcome: 'onjuist', score: 0 })
  const notYet = await issueCertificate(user, { scope: 'klas', groupId: klas.id })
  expect(notYet).toMatchObject({ ok: false, message: expect.stringMatching(/Nog niet behaald: .*afgerond, maar/) })
  expect(await db().certificate.count({ where: { userId: user.id } })).toBe(0)

  await complete(user.id, 'mentor', 0, { outcome: 'passend', score: 70 })
  const issued = await issueCertificate(user, { scope: 'klas', groupId: klas.id })
  expect(issued).toMatchObject({ ok: true, code: expect.stringMatching(/^DW-/) })
  // Once it exists, the page offers the certificate instead of making it again.
  const made = (await certificateOptions(user.id)).find((o) => o.scope === 'klas')
  expect(made).toMatchObject({ complete: true, issuedCode: issued.code })
  const again = await issueCertificate(user, { scope: 'klas', groupId: klas.id })
  expect(again.code).toBe(issued.code)
  expect(await db().certificate.count({ where: { userId: user.id } })).toBe(1)

  const shown = await findCertificate(issued.code ?? '')
  expect(shown).toMatchObject({
    holderName: 'Zoë van Ëlst',
    minutesSpent: 10,
    criterion: 'behaald',
    caseTitles: ['De familie Kramer'],
    dilemmaTitles: [expect.any(String), expect.any(String)],
  })
  expect(Object.keys(shown ?? {}).sort()).toEqual(
    [
      'caseTitles',
      'code',
      'completedAt',
      'criterion',
      'dilemmaTitles',
      'holderName',
      'issuedAt',
      'minutesSpent',
      'moduleTitle',
    ].sort(),
  )

  // The class gets a third assignment: the old certificate stays; finishing it gives a new one.
  await db().assignment.create({ data: { groupId: klas.id, caseId: 'kramer', dilemmaId: 'psycholoog' } })
  expect((await issueCertificate(user, { scope: 'klas', groupId: klas.id })).ok).toBe(false)
  await complete(user.id, 'psycholoog', 3)
  const renewed = await issueCertificate(user, { scope: 'klas', groupId: klas.id })
  expect(renewed.code).not.toBe(issued.code)
  expect(await findCertificate(issued.code ?? '')).not.toBeNull()
})

test('a class with assignments from both cases gets one class certificate that names both cases', async () => {
  const { klas, user } = await student()
  await db().assignment.createMany({
    data: [
      { groupId: klas.id, caseId: 'brouwer', dilemmaId: 'school' },
      { groupId: klas.id, caseId: 'kramer', dilemmaId: 'huisarts' },
    ],
  })
  const before = (await certificateOptions(user.id)).filter((o) => o.scope === 'klas')
  expect(before).toHaveLength(1)
  expect(before[0]).toMatchObject({ caseIds: ['kramer', 'brouwer'], title: 'Opdrachten van klas SPH 3C' })
  expect(before[0]?.dilemmas.map((d) => `${d.caseId}/${d.dilemmaId}`).sort()).toEqual(
    ['brouwer/school', 'kramer/huisarts'].sort(),
  )

  await complete(user.id, 'huisarts', 5)
  expect(await issueCertificate(user, { scope: 'klas', groupId: klas.id })).toMatchObject({
    ok: false,
    message: expect.stringContaining('Nog niet behaald'),
  })
  await complete(user.id, 'school', 4, { outcome: 'passend', score: 90 }, 'brouwer')
  const issued = await issueCertificate(user, { scope: 'klas', groupId: klas.id })
  expect(issued).toMatchObject({ ok: true, code: expect.stringMatching(/^DW-/) })
  // Asking again finds the same certificate, although it spans two cases.
  expect((await issueCertificate(user, { scope: 'klas', groupId: klas.id })).code).toBe(issued.code)
  expect(await db().certificate.count({ where: { userId: user.id } })).toBe(1)

  const shown = await findCertificate(issued.code ?? '')
  expect(shown).toMatchObject({
    moduleTitle: 'Opdrachten van klas SPH 3C',
    caseTitles: ['De familie Kramer', 'Het huishouden Brouwer'],
    minutesSpent: 9,
  })
  expect(shown?.dilemmaTitles).toHaveLength(2)
  const pdf = await renderCertificatePdf(shown as NonNullable<typeof shown>, 'https://deelwijs.example/verifieer/x')
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  expect(text).toContain('Casussen: De familie Kramer, Het huishouden Brouwer')

  // Each case has its own case certificate; the Brouwer one is not complete with one dilemma.
  const brouwer = (await certificateOptions(user.id)).find((o) => o.scope === 'casus' && o.caseId === 'brouwer')
  expect(brouwer).toMatchObject({ complete: false, title: 'Het huishouden Brouwer — hele casus' })
  expect(brouwer?.dilemmas).toHaveLength(8)
})

test('someone outside the class, or asking for nonsense, gets a clear refusal', async () => {
  const { klas } = await student()
  const outsider = await student()
  await db().assignment.create({ data: { groupId: klas.id, caseId: 'kramer', dilemmaId: 'huisarts' } })
  expect(await issueCertificate(outsider.user, { scope: 'klas', groupId: klas.id })).toMatchObject({ ok: false })
  expect(await issueCertificate(outsider.user, { scope: 'iets' })).toMatchObject({ ok: false })
  expect(await issueCertificate(outsider.user, { scope: 'casus', caseId: 'kramer' })).toMatchObject({
    ok: false,
    message: expect.stringContaining('Nog niet behaald'),
  })
})

test('a certificate issued before behaald existed stays valid and says it certifies afgerond', async () => {
  const { user } = await student()
  // As the migration left it: no criterion given, so the column default.
  await db().certificate.create({
    data: {
      code: 'DW-OLDE-CERT',
      userId: user.id,
      scope: 'casus',
      caseId: 'kramer',
      holderName: user.name,
      moduleTitle: 'De familie Kramer — hele casus',
      dilemmaIds: ['kramer/huisarts'],
      dilemmaTitles: ['Blauwe plekken'],
      minutesSpent: 12,
      completedAt: new Date('2026-11-01T10:00:00Z'),
    },
  })
  expect(await findCertificate('DW-OLDE-CERT')).toMatchObject({ criterion: 'afgerond', holderName: user.name })
  // It does not count as a behaald certificate: the learner can still earn one.
  const casus = (await certificateOptions(user.id)).find((o) => o.scope === 'casus')
  expect(casus?.issuedCode).toBeNull()
})

test('the PDF carries the name, module, dilemmas, date, time spent, code and verification link', async () => {
  const certificate = {
    code: 'DW-ABCD-EFGH',
    holderName: 'Zoë van Ëlst',
    moduleTitle: 'Opdrachten van klas SPH 3C',
    caseTitles: ['De familie Kramer', 'Het huishouden Brouwer'],
    dilemmaTitles: ['Blauwe plekken', 'Lotte zwijgt'],
    minutesSpent: 65,
    completedAt: new Date('2026-11-20T10:00:00Z'),
    criterion: 'behaald' as const,
    issuedAt: new Date('2026-11-21T10:00:00Z'),
  }
  const pdf = await renderCertificatePdf(certificate, 'https://deelwijs.example/verifieer/DW-ABCD-EFGH')
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  for (const expected of [
    'Certificaat',
    'heeft behaald',
    'Behaald op',
    'Zoë van Ëlst',
    'Opdrachten van klas SPH 3C',
    'Casussen: De familie Kramer, Het huishouden Brouwer',
    'Blauwe plekken',
    '20 november 2026',
    '1 u 05 min',
    'DW-ABCD-EFGH',
    'https://deelwijs.example/verifieer/DW-ABCD-EFGH',
  ]) {
    expect(text).toContain(expected)
  }
})
