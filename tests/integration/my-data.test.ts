import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { eraseAccount } from '@/lib/accounts/erase.server'
import { exportMyData, movesTable } from '@/lib/accounts/my-data.server'
import { runRetention } from '@/lib/accounts/retention.server'
import { db } from '@/lib/db/client.server'
import { offeredChoices } from '@/lib/engine/moves'
import { type PlayableDilemma, recordMove, startAttempt } from '@/lib/progress/attempts.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'

const PASSWORD = 'een lange zin als wachtwoord'
const huisarts = playableDilemma('kramer', 'huisarts') as PlayableDilemma

async function learnerWhoPlayed() {
  const org = await createOrganisation(db())
  const klas = await createGroup(db(), { organisationId: org.id, name: 'Klas privacy' })
  const user = await createUser(db(), {
    organisationId: org.id,
    role: 'learner',
    password: PASSWORD,
    name: 'Pim Privacy',
  })
  await addToGroup(db(), klas.id, user.id)
  let state = await startAttempt(user.id, huisarts)
  while (state.status === 'in_progress') {
    const choice = offeredChoices(huisarts.graph, state)[0]
    if (!choice) break
    state = await recordMove(user.id, state.attemptId, huisarts, {
      kind: 'choice',
      step: state.step + 1,
      choiceId: choice.id,
    })
  }
  return { org, user, attemptId: state.attemptId }
}

test('the export holds everything linked to the person, and the CSV has one row per move', async () => {
  const { user, attemptId } = await learnerWhoPlayed()
  const data = await exportMyData(user.id)
  expect(data.profile).toMatchObject({ name: 'Pim Privacy', email: user.email })
  expect(data.roles).toEqual([expect.objectContaining({ role: 'learner' })])
  expect(data.groups).toEqual([expect.objectContaining({ name: 'Klas privacy' })])
  const events = await db().choiceEvent.count({ where: { attemptId } })
  expect(data.attempts[0]?.moves).toHaveLength(events)
  expect(movesTable(data).rows).toHaveLength(events)
  expect(JSON.stringify(data)).not.toContain('passwordHash')

  // Every table that points at a user is covered by the export (or is deliberately not personal: see the list).
  const schema = readFileSync('prisma/schema.prisma', 'utf8')
  const userLinked = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter(([, name, body]) => name !== 'User' && /^\s+\w+\s+User\??\s/m.test(body ?? ''))
    .map(([, name]) => name)
    .sort()
  const covered = [
    'Attempt',
    'Certificate',
    'ExternalIdentity',
    'Group',
    'GroupMember',
    'GroupOwner',
    'LocalAgreementVersion',
    'LtiGradeLink',
    'Membership',
    'MfaRecoveryCode',
    'MfaRememberedDevice',
    'PasswordResetToken',
    'User',
    'XapiStatement',
  ]
  const rollupsOnly = ['FirstAnswer', 'LearnerDilemma'] // derived from Attempt/ChoiceEvent, which are exported
  // Live class sessions last a day at most and are deleted when they end (WITHHELD_FIELDS gives the reason).
  const liveOnly = ['LiveParticipant', 'LiveSession']
  // An LTI hand-off lives two minutes and is used once (WITHHELD_FIELDS gives the reason; ADR 037).
  const momentary = ['LtiHandoff']
  expect(userLinked).toEqual([...covered, ...rollupsOnly, ...liveOnly, ...momentary].filter((n) => n !== 'User').sort())
})

test('the CSV is for people: titles and choice texts instead of ids, and Dutch time; the JSON keeps the ids', async () => {
  const { user, attemptId } = await learnerWhoPlayed()
  const data = await exportMyData(user.id)
  const { header, rows } = movesTable(data)
  const first = Object.fromEntries(header.map((name, index) => [name, rows[0]?.[index]]))
  const start = huisarts.graph.nodes[0]
  const firstChoice = start?.kind === 'scene' ? start.choices[0] : undefined
  expect(first).toMatchObject({
    Casus: 'De familie Kramer',
    Dilemma: 'Blauwe plekken',
    Stap: 1,
    Soort: 'keuze',
    'Van situatie': start?.title,
    Keuze: firstChoice?.label,
  })
  const attempt = await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { events: true } })
  const firstEvent = attempt.events.find((e) => e.step === 1)
  expect(first['Moment (Nederlandse tijd)']).toBe(
    new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(
      firstEvent?.createdAt,
    ),
  )
  const ids = [user.id, attemptId, ...attempt.events.flatMap((e) => [e.id, e.fromScene, e.toScene, e.choiceId])]
  const cells = rows.flat().map(String)
  for (const id of ids) if (id) expect(cells).not.toContain(id)
  expect(cells.join(' ')).not.toMatch(/\d{4}-\d\d-\d\dT/)

  const move = data.attempts[0]?.moves[0]
  expect(move).toMatchObject({ fromScene: start?.id, fromSceneTitle: start?.title, choiceId: firstChoice?.id })
  expect(data.attempts[0]).toMatchObject({ caseId: 'kramer', dilemmaId: 'huisarts', dilemma: 'Blauwe plekken' })
})

test('erasing asks for the password, removes personal data and keeps the choices only anonymised', async () => {
  const { org, user, attemptId } = await learnerWhoPlayed()
  expect(await eraseAccount(user.id, { password: 'fout wachtwoord', confirm: 'ja' })).toMatchObject({
    ok: false,
    fieldErrors: { password: expect.any(String) },
  })
  expect(await eraseAccount(user.id, { password: PASSWORD })).toMatchObject({
    ok: false,
    fieldErrors: { confirm: expect.any(String) },
  })
  const rollupsBefore = await db().learnerDilemma.count({ where: { organisationId: org.id } })

  expect(await eraseAccount(user.id, { password: PASSWORD, confirm: 'ja' })).toMatchObject({ ok: true })
  expect(await db().user.count({ where: { id: user.id } })).toBe(0)
  expect(await db().user.count({ where: { email: user.email } })).toBe(0)
  expect(await db().membership.count({ where: { userId: user.id } })).toBe(0)
  expect(await db().groupMember.count({ where: { userId: user.id } })).toBe(0)
  const attempt = await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { events: true } })
  expect(attempt.userId).toBeNull()
  expect(attempt.events.length).toBeGreaterThan(0)
  expect(await db().learnerDilemma.count({ where: { organisationId: org.id } })).toBe(rollupsBefore)
  expect(await db().learnerDilemma.count({ where: { organisationId: org.id, userId: { not: null } } })).toBe(0)
})

test('retention erases only learner accounts inactive for longer than the limit; a dry run changes nothing', async () => {
  const org = await createOrganisation(db())
  const old = new Date(Date.now() - 25 * 31 * 24 * 3600 * 1000)
  const stale = await createUser(db(), { organisationId: org.id, role: 'learner' })
  const staleDocent = await createUser(db(), { organisationId: org.id, role: 'docent' })
  const active = await createUser(db(), { organisationId: org.id, role: 'learner' })
  await db().user.updateMany({
    where: { id: { in: [stale.id, staleDocent.id] } },
    data: { lastActiveAt: old, createdAt: old },
  })
  await db().user.update({ where: { id: active.id }, data: { lastActiveAt: new Date(), createdAt: old } })

  const dry = await runRetention(db(), { months: 24, dryRun: true })
  expect(dry.erased).toBe(0)
  expect(dry.candidates).toBeGreaterThanOrEqual(1)
  expect(await db().user.count({ where: { id: stale.id } })).toBe(1)

  await runRetention(db(), { months: 24 })
  expect(await db().user.count({ where: { id: stale.id } })).toBe(0)
  expect(await db().user.count({ where: { id: { in: [staleDocent.id, active.id] } } })).toBe(2)
})

test('rows found by the address or as the actor are exported, and erasing removes what the inventory says it does', async () => {
  const { org, user } = await learnerWhoPlayed()
  const inviter = await createUser(db(), { organisationId: org.id, role: 'coordinator' })
  await db().invitation.create({
    data: {
      tokenHash: `hash-${user.id}`,
      email: user.email.toUpperCase(),
      organisationId: org.id,
      role: 'learner',
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: inviter.id,
    },
  })
  const sent = await db().invitation.create({
    data: {
      tokenHash: `hash-by-${user.id}`,
      email: 'iemand.anders@example.org',
      organisationId: org.id,
      role: 'learner',
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: user.id,
    },
  })
  await db().outgoingMail.create({ data: { kind: 'invitation', to: user.email, subject: 'Welkom', text: 'Hallo Pim' } })
  await db().auditLog.create({ data: { actorId: user.id, organisationId: org.id, action: 'report.export' } })

  const data = await exportMyData(user.id)
  expect(data.profile).toMatchObject({ id: user.id, active: true })
  expect(data.invitationsReceived).toEqual([expect.objectContaining({ role: 'learner', organisation: org.name })])
  expect(data.mailKept).toEqual([expect.objectContaining({ subject: 'Welkom', text: 'Hallo Pim' })])
  expect(data.actionsLogged).toEqual([expect.objectContaining({ action: 'report.export' })])
  expect(data.progressSummary.length).toBeGreaterThan(0)
  expect(data.firstAnswers.length).toBeGreaterThan(0)

  expect(await eraseAccount(user.id, { password: PASSWORD, confirm: 'ja' })).toMatchObject({ ok: true })
  expect(await db().invitation.count({ where: { email: { equals: user.email, mode: 'insensitive' } } })).toBe(0)
  expect(await db().invitation.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ createdById: null })
  expect(await db().outgoingMail.count({ where: { to: user.email } })).toBe(0)
  // The log is kept on purpose until its own term (lib/accounts/erasure-fields.ts KEPT_AFTER_ERASURE).
  expect(await db().auditLog.count({ where: { actorId: user.id } })).toBe(1)
})
