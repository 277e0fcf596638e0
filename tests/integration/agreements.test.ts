import { expect, test } from 'vitest'
import {
  createAgreement,
  editAgreement,
  getAgreement,
  listAgreements,
  withdrawAgreement,
} from '@/lib/agreements/agreements.server'
import { agreementExportRows } from '@/lib/agreements/export.server'
import { agreementsForLearner } from '@/lib/agreements/for-learner.server'
import { db } from '@/lib/db/client.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'

// Lokale afspraken: versions, withdrawal, the audit trail, scoping to the organisation, and who sees them.

async function gemeenteWithCoordinator(name: string) {
  const org = await createOrganisation(db(), { name, kind: 'gemeente' })
  const coordinator = await createUser(db(), {
    organisationId: org.id,
    role: 'coordinator',
    name: `Coördinator ${name}`,
  })
  return { org, coordinator }
}

const spreekkamer = 'kramer/huisarts/spreekkamer'

async function created(actorId: string, organisationId: string, input: Record<string, string>) {
  const result = await createAgreement(actorId, organisationId, input)
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`)
  return result.agreementId
}

async function memberOrganisations(userId: string) {
  const memberships = await db().membership.findMany({ where: { userId } })
  return memberships.map((m) => m.organisationId)
}

test('creating an afspraak writes version 1 and an audit line without the text', async () => {
  const { org, coordinator } = await gemeenteWithCoordinator('Gemeente Een')
  const result = await createAgreement(coordinator.id, org.id, {
    doel: spreekkamer,
    tekst: 'Bel bij twijfel eerst het Zorg- en Veiligheidshuis: https://zvh.example/bellen.',
    link: 'https://demodorp.example/convenant',
    contact: 'Team ZVH, 014 0123',
  })
  expect(result).toMatchObject({ ok: true, version: 1 })
  if (!result.ok) return
  const agreement = await getAgreement(org.id, result.agreementId)
  expect(agreement).toMatchObject({
    caseId: 'kramer',
    dilemmaId: 'huisarts',
    sceneId: 'spreekkamer',
    withdrawnAt: null,
    current: { number: 1, change: 'created', authorName: coordinator.name, link: 'https://demodorp.example/convenant' },
  })
  const audits = await db().auditLog.findMany({ where: { organisationId: org.id } })
  expect(audits.map((a) => [a.actorId, a.action])).toEqual([[coordinator.id, 'agreement.create']])
  expect(audits[0]?.detail).toEqual({
    agreementId: result.agreementId,
    version: 1,
    caseId: 'kramer',
    dilemmaId: 'huisarts',
    sceneId: 'spreekkamer',
  })
  expect(JSON.stringify(audits[0]?.detail)).not.toContain('Zorg- en Veiligheidshuis')
})

test('an invalid afspraak or a decision point that does not exist is refused with Dutch messages', async () => {
  const { org, coordinator } = await gemeenteWithCoordinator('Gemeente Twee')
  expect(
    await createAgreement(coordinator.id, org.id, { doel: spreekkamer, tekst: ' ', link: 'javascript:x' }),
  ).toEqual({
    ok: false,
    fieldErrors: {
      tekst: 'Schrijf de afspraak.',
      link: 'Een link begint met https:// en is een volledig webadres, bijvoorbeeld https://demodorp.nl.',
    },
  })
  expect(await createAgreement(coordinator.id, org.id, { doel: 'kramer/huisarts/bestaat-niet', tekst: 'x' })).toEqual({
    ok: false,
    fieldErrors: { doel: 'Dit dilemma of beslismoment bestaat niet (meer).' },
  })
  expect(await db().localAgreement.count({ where: { organisationId: org.id } })).toBe(0)
  expect(await db().auditLog.count({ where: { organisationId: org.id } })).toBe(0)
})

test('editing makes a new version, keeps the old one, and is audited with the changed fields', async () => {
  const { org, coordinator } = await gemeenteWithCoordinator('Gemeente Drie')
  const colleague = await createUser(db(), { organisationId: org.id, role: 'coordinator', name: 'Tweede Coördinator' })
  const id = await created(coordinator.id, org.id, { doel: 'kramer/huisarts', tekst: 'Eerste tekst.' })

  expect(
    await editAgreement(colleague.id, org.id, id, { tekst: 'Tweede tekst.', contact: 'Wijkteam, 014 0456' }),
  ).toEqual({ ok: true, agreementId: id, version: 2 })
  // Saving the same content again changes nothing and makes no version.
  expect(
    await editAgreement(colleague.id, org.id, id, { tekst: 'Tweede tekst.', contact: 'Wijkteam, 014 0456' }),
  ).toEqual({ ok: false, message: 'Er is niets veranderd: pas de tekst, de link of het contact aan.' })
  expect(await editAgreement(colleague.id, org.id, id, { tekst: '' })).toEqual({
    ok: false,
    fieldErrors: { tekst: 'Schrijf de afspraak.' },
  })

  const agreement = await getAgreement(org.id, id)
  expect(agreement?.current).toMatchObject({
    number: 2,
    change: 'edited',
    text: 'Tweede tekst.',
    authorName: colleague.name,
  })
  expect(agreement?.versions.map((v) => [v.number, v.change, v.text, v.authorName])).toEqual([
    [2, 'edited', 'Tweede tekst.', colleague.name],
    [1, 'created', 'Eerste tekst.', coordinator.name],
  ])
  const edit = await db().auditLog.findFirstOrThrow({ where: { organisationId: org.id, action: 'agreement.edit' } })
  expect(edit.actorId).toBe(colleague.id)
  expect(edit.detail).toMatchObject({ agreementId: id, version: 2, changed: ['text', 'contact'] })
})

test('withdrawing is a version too; a withdrawn afspraak cannot be edited and learners no longer see it', async () => {
  const { org, coordinator } = await gemeenteWithCoordinator('Gemeente Vier')
  const learner = await createUser(db(), { organisationId: org.id, role: 'learner' })
  const id = await created(coordinator.id, org.id, { doel: spreekkamer, tekst: 'Geldt tot de zomer.' })
  expect(await agreementsForLearner(await memberOrganisations(learner.id), 'kramer', 'huisarts')).toHaveLength(1)

  expect(await withdrawAgreement(coordinator.id, org.id, id)).toEqual({
    ok: true,
    message: 'De afspraak is ingetrokken. Deelnemers zien hem niet meer.',
  })
  const agreement = await getAgreement(org.id, id)
  expect(agreement?.withdrawnAt).toBeInstanceOf(Date)
  expect(agreement?.versions.map((v) => [v.number, v.change, v.text])).toEqual([
    [2, 'withdrawn', 'Geldt tot de zomer.'],
    [1, 'created', 'Geldt tot de zomer.'],
  ])
  expect(await editAgreement(coordinator.id, org.id, id, { tekst: 'Toch niet.' })).toEqual({
    ok: false,
    message: 'Deze afspraak is ingetrokken en kan niet meer veranderen.',
  })
  expect(await withdrawAgreement(coordinator.id, org.id, id)).toMatchObject({ ok: true, message: /al ingetrokken/ })
  expect(await agreementsForLearner(await memberOrganisations(learner.id), 'kramer', 'huisarts')).toEqual([])
  const actions = await db().auditLog.findMany({ where: { organisationId: org.id }, orderBy: { createdAt: 'asc' } })
  expect(actions.map((a) => a.action)).toEqual(['agreement.create', 'agreement.withdraw'])
})

test('another organisation’s coordinator can neither read, edit nor withdraw it (not found), and nothing is written', async () => {
  const { org, coordinator } = await gemeenteWithCoordinator('Gemeente Vijf')
  const other = await gemeenteWithCoordinator('Gemeente Zes')
  const id = await created(coordinator.id, org.id, { doel: spreekkamer, tekst: 'Alleen van Vijf.' })

  expect(await getAgreement(other.org.id, id)).toBeNull()
  expect(await listAgreements(other.org.id)).toEqual([])
  expect(await editAgreement(other.coordinator.id, other.org.id, id, { tekst: 'Overgenomen.' })).toBeNull()
  expect(await withdrawAgreement(other.coordinator.id, other.org.id, id)).toBeNull()
  expect(await agreementExportRows(other.org.id)).toEqual([])

  const agreement = await getAgreement(org.id, id)
  expect(agreement?.versions).toHaveLength(1)
  expect(agreement?.withdrawnAt).toBeNull()
  expect(await db().auditLog.count({ where: { actorId: other.coordinator.id } })).toBe(0)
})

test('learners see the current afspraken of each of their organisations, labelled; learners elsewhere see none', async () => {
  const een = await gemeenteWithCoordinator('Gemeente Zeven')
  const twee = await gemeenteWithCoordinator('Gemeente Acht')
  const school = await createOrganisation(db(), { name: 'Hogeschool Elders', kind: 'hogeschool' })
  const inBoth = await createUser(db(), { organisationId: een.org.id, role: 'learner' })
  await createUser(db(), { email: inBoth.email, organisationId: twee.org.id, role: 'learner' })
  const onlyEen = await createUser(db(), { organisationId: een.org.id, role: 'learner' })
  const elsewhere = await createUser(db(), { organisationId: school.id, role: 'learner' })

  const scene = await created(een.coordinator.id, een.org.id, { doel: spreekkamer, tekst: 'Versie een.' })
  await editAgreement(een.coordinator.id, een.org.id, scene, { tekst: 'Versie twee, met https://zeven.example.' })
  await created(twee.coordinator.id, twee.org.id, { doel: 'kramer/huisarts', tekst: 'Over het hele dilemma.' })
  await created(een.coordinator.id, een.org.id, { doel: 'kramer/mentor', tekst: 'Een ander dilemma.' })

  const seen = await agreementsForLearner(await memberOrganisations(inBoth.id), 'kramer', 'huisarts')
  expect(seen.map((a) => [a.organisationName, a.sceneId, a.text])).toEqual([
    ['Gemeente Zeven', 'spreekkamer', 'Versie twee, met https://zeven.example.'],
    ['Gemeente Acht', null, 'Over het hele dilemma.'],
  ])
  const single = await agreementsForLearner(await memberOrganisations(onlyEen.id), 'kramer', 'huisarts')
  expect(single.map((a) => a.organisationName)).toEqual(['Gemeente Zeven'])
  expect(await agreementsForLearner(await memberOrganisations(elsewhere.id), 'kramer', 'huisarts')).toEqual([])
  expect(await agreementsForLearner([], 'kramer', 'huisarts')).toEqual([])
})

test('the export holds every version of every afspraak of the organisation; an erased author leaves the versions', async () => {
  const { org, coordinator } = await gemeenteWithCoordinator('Gemeente Negen')
  const colleague = await createUser(db(), { organisationId: org.id, role: 'coordinator', name: 'Vertrokken Collega' })
  const id = await created(coordinator.id, org.id, { doel: spreekkamer, tekst: 'Een.' })
  await editAgreement(colleague.id, org.id, id, { tekst: 'Twee.', link: 'https://negen.example' })
  await withdrawAgreement(coordinator.id, org.id, id)
  await db().user.delete({ where: { id: colleague.id } })

  const rows = await agreementExportRows(org.id)
  expect(rows.map((r) => [r.afspraak, r.beslismoment, r.versie, r.wijziging, r.door, r.tekst, r.link])).toEqual([
    [id, 'spreekkamer', 1, 'gemaakt', coordinator.name, 'Een.', ''],
    [id, 'spreekkamer', 2, 'gewijzigd', '', 'Twee.', 'https://negen.example'],
    [id, 'spreekkamer', 3, 'ingetrokken', coordinator.name, 'Twee.', 'https://negen.example'],
  ])
  expect(rows.every((r) => r.ingetrokken !== '')).toBe(true)
  const agreement = await getAgreement(org.id, id)
  expect(agreement?.versions.find((v) => v.number === 2)?.authorName).toBeNull()
})
