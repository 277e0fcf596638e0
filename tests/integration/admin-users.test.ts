import { expect, test, vi } from 'vitest'
import { changeRoleAction, setActiveAction } from '@/app/(beheer)/beheer/gebruikers/actions'
import { GET as exportLog } from '@/app/(beheer)/beheer/logboek/export/route'
import { searchUsers, userFilterSchema } from '@/lib/accounts/users.server'
import { auditFilterSchema, auditRows } from '@/lib/audit/query.server'
import { getCurrentUser } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import { currentSession, outcomeOf, replaySession, signInAs } from '../support/action-session'

// The admin's user screens and audit log, through the real server actions, guards and database.

vi.mock('next/headers', async () => (await import('../support/action-session')).headersModule)
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const tag = () => Math.random().toString(36).slice(2, 8)

async function world() {
  const org = await createOrganisation(db(), { name: `Gemeente ${tag()}` })
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin', name: 'Beheerder Bea' })
  const docent = await createUser(db(), { organisationId: org.id, role: 'docent', name: 'Docent Dirk' })
  const coordinator = await createUser(db(), { organisationId: org.id, role: 'coordinator', name: 'Coördinator Cas' })
  const learner = await createUser(db(), { organisationId: org.id, role: 'learner', name: 'Leerling Lot' })
  const membership = (userId: string) => db().membership.findFirstOrThrow({ where: { userId, organisationId: org.id } })
  return { org, admin, docent, coordinator, learner, membership }
}

test('only an admin may change roles or (de)activate; others are refused before anything changes', async () => {
  const { admin, docent, coordinator, learner, membership } = await world()
  const learnerMembership = await membership(learner.id)
  const tries = () => [
    () => changeRoleAction(learner.id, form({ membershipId: learnerMembership.id, role: 'admin' })),
    () => setActiveAction(learner.id, form({ active: 'false', bevestigd: 'ja' })),
  ]
  for (const user of [docent, coordinator, learner]) {
    await signInAs(user)
    for (const attempt of tries()) expect(await outcomeOf(attempt)).toBe('forbidden')
  }
  await signInAs(null)
  for (const attempt of tries()) expect(await outcomeOf(attempt)).toBe('redirect /inloggen')
  expect((await membership(learner.id)).role).toBe('learner')
  expect((await db().user.findUniqueOrThrow({ where: { id: learner.id } })).active).toBe(true)
  expect(admin).toBeDefined()
})

test('an admin changes a role; it is audited with from and to', async () => {
  const { admin, learner, membership } = await world()
  await signInAs(admin)
  const { id } = await membership(learner.id)
  expect(await outcomeOf(() => changeRoleAction(learner.id, form({ membershipId: id, role: 'docent' })))).toBe(
    `redirect /beheer/gebruikers/${learner.id}?uitkomst=rol-gewijzigd`,
  )
  expect((await membership(learner.id)).role).toBe('docent')
  const log = await db().auditLog.findFirstOrThrow({ where: { action: 'user.role-change', actorId: admin.id } })
  expect(log.detail).toEqual({ userId: learner.id, from: 'learner', to: 'docent' })
})

test('bad role input is refused by validation and changes nothing', async () => {
  const { admin, learner, docent, membership } = await world()
  await signInAs(admin)
  const { id } = await membership(learner.id)
  const answer = (userId: string, fields: Record<string, string>) =>
    outcomeOf(() => changeRoleAction(userId, form(fields)))
  const invalid = `redirect /beheer/gebruikers/${learner.id}?uitkomst=ongeldig`
  expect(await answer(learner.id, { membershipId: id, role: 'superuser' })).toBe(invalid)
  expect(await answer(learner.id, { membershipId: "x'; DROP", role: 'admin' })).toBe(invalid)
  expect(await answer(learner.id, { role: 'admin' })).toBe(invalid)
  // Someone else's membership cannot be changed through this user's page.
  expect(await answer(learner.id, { membershipId: (await membership(docent.id)).id, role: 'admin' })).toBe(invalid)
  expect((await membership(learner.id)).role).toBe('learner')
  expect((await membership(docent.id)).role).toBe('docent')
})

test('an admin cannot take away their own admin role, nor give a role twice', async () => {
  const { org, admin, learner, membership } = await world()
  await signInAs(admin)
  const own = await membership(admin.id)
  expect(await outcomeOf(() => changeRoleAction(admin.id, form({ membershipId: own.id, role: 'learner' })))).toBe(
    `redirect /beheer/gebruikers/${admin.id}?uitkomst=eigen-beheerrol`,
  )
  await createUser(db(), { email: learner.email, organisationId: org.id, role: 'docent' })
  const learnerRole = await db().membership.findFirstOrThrow({ where: { userId: learner.id, role: 'learner' } })
  expect(
    await outcomeOf(() => changeRoleAction(learner.id, form({ membershipId: learnerRole.id, role: 'docent' }))),
  ).toBe(`redirect /beheer/gebruikers/${learner.id}?uitkomst=rol-bestaat-al`)
})

test('deactivating needs the confirmation step, ends every session, and is audited; reactivating works', async () => {
  const { admin, learner } = await world()
  // The learner's session, as it was before the admin acts.
  await signInAs(learner)
  expect((await getCurrentUser())?.id).toBe(learner.id)
  const oldSession = currentSession()

  await signInAs(admin)
  expect(await outcomeOf(() => setActiveAction(learner.id, form({ active: 'false' })))).toBe(
    `redirect /beheer/gebruikers/${learner.id}?bevestig=uitschakelen`,
  )
  expect((await db().user.findUniqueOrThrow({ where: { id: learner.id } })).active).toBe(true)
  expect(await outcomeOf(() => setActiveAction(learner.id, form({ active: 'false', bevestigd: 'ja' })))).toBe(
    `redirect /beheer/gebruikers/${learner.id}?uitkomst=uitgeschakeld`,
  )
  expect((await db().user.findUniqueOrThrow({ where: { id: learner.id } })).active).toBe(false)
  expect(oldSession).toHaveLength(1)
  // The learner's old cookie no longer opens anything.
  replaySession(oldSession)
  expect(await getCurrentUser()).toBeNull()

  await signInAs(admin)
  expect(await outcomeOf(() => setActiveAction(learner.id, form({ active: 'true' })))).toBe(
    `redirect /beheer/gebruikers/${learner.id}?uitkomst=geactiveerd`,
  )
  const actions = await db().auditLog.findMany({
    where: { actorId: admin.id, action: { startsWith: 'user.' } },
    orderBy: { createdAt: 'asc' },
  })
  expect(actions.map((a) => a.action)).toEqual(['user.deactivate', 'user.activate'])
  expect(await outcomeOf(() => setActiveAction(admin.id, form({ active: 'false', bevestigd: 'ja' })))).toBe(
    `redirect /beheer/gebruikers/${admin.id}?uitkomst=niet-zelf`,
  )
  expect(await outcomeOf(() => setActiveAction('bestaatniet', form({ active: 'maybe', bevestigd: 'ja' })))).toBe(
    'redirect /beheer/gebruikers/bestaatniet?uitkomst=ongeldig',
  )
})

test('search finds people by part of name or e-mail, role, organisation and status, page by page', async () => {
  const { org, learner, docent } = await world()
  await db().user.update({ where: { id: docent.id }, data: { active: false } })
  const find = async (query: Record<string, string>) =>
    (await searchUsers(userFilterSchema.parse(query), { skip: 0, take: 25 })).users.map((u) => u.id)
  expect(await find({ zoek: 'LEERLING', organisatie: org.id })).toEqual([learner.id])
  expect(await find({ zoek: learner.email.slice(0, 12).toUpperCase() })).toContain(learner.id)
  expect(await find({ rol: 'docent', organisatie: org.id })).toEqual([docent.id])
  expect(await find({ organisatie: org.id, status: 'uitgeschakeld' })).toEqual([docent.id])
  expect((await find({ organisatie: org.id, status: 'actief' })).sort()).not.toContain(docent.id)
  // Nonsense filters are dropped rather than failing the page.
  expect(userFilterSchema.parse({ rol: 'koning', status: 'x', organisatie: '../' })).toEqual({})
  const paged = await searchUsers(userFilterSchema.parse({ organisatie: org.id }), { skip: 2, take: 2 })
  expect(paged.total).toBe(4)
  expect(paged.users).toHaveLength(2)
})

test('the audit log reads as Dutch rows, filters by action, actor and Dutch day, and downloads as CSV', async () => {
  const { org, admin, learner, membership, docent } = await world()
  await signInAs(admin)
  const { id } = await membership(learner.id)
  await outcomeOf(() => changeRoleAction(learner.id, form({ membershipId: id, role: 'coordinator' })))
  const entry = await db().auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: 'user.role-change' } })
  // 23:30 UTC on 14 March is 00:30 on 15 March in Dutch time.
  await db().auditLog.update({ where: { id: entry.id }, data: { createdAt: new Date('2026-03-14T23:30:00Z') } })

  const rows = async (query: Record<string, string>) =>
    (await auditRows(auditFilterSchema.parse(query), { skip: 0, take: 25 })).rows
  const [row] = await rows({ door: admin.id, actie: 'user.role-change' })
  expect(row).toMatchObject({
    actor: `Beheerder Bea (${admin.email})`,
    what: 'Rol gewijzigd',
    about: `Leerling Lot (${learner.email}): Deelnemer → Coördinator`,
    organisation: org.name,
  })
  expect(await rows({ door: admin.id, van: '2026-03-15', tot: '2026-03-15' })).toHaveLength(1)
  expect(await rows({ door: admin.id, tot: '2026-03-14' })).toHaveLength(0)
  expect(await rows({ door: admin.id, van: '2026-03-16' })).toHaveLength(0)
  expect(await rows({ door: docent.id })).toHaveLength(0)
  expect(auditFilterSchema.parse({ van: 'gisteren', actie: 'DROP TABLE' })).toEqual({})

  const response = await exportLog(
    new Request(`http://localhost/beheer/logboek/export?door=${admin.id}&scheiding=puntkomma`),
  )
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/csv')
  const csv = await response.text()
  expect(csv).toContain('"Moment (Nederlandse tijd)";"Wie";"Wat";"Over";"Organisatie"')
  expect(csv).toContain('2026-03-15 00:30:00')
  expect(csv).toContain('Deelnemer → Coördinator')

  await signInAs(docent)
  expect((await exportLog(new Request('http://localhost/beheer/logboek/export'))).status).toBe(403)
})
