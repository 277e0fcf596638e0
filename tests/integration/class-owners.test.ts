import { readFileSync } from 'node:fs'
import { expect, test, vi } from 'vitest'
import { addOwnerAction, handOverAction, removeOwnerAction } from '@/app/(docent)/klas/[groupId]/docenten/actions'
import { GET as exportProgress } from '@/app/(docent)/klas/[groupId]/voortgang/export/route'
import {
  archiveClassAction,
  createClassAction,
  removeMemberAction,
  renameClassAction,
} from '@/app/(docent)/klas/actions'
import { findClass, requireClass } from '@/lib/classes/access.server'
import { db } from '@/lib/db/client.server'
import { addToGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { outcomeOf, signInAs } from '../support/action-session'

// Who may use a class: its owners and the admin of its organisation. Every other docent of the organisation gets 404
// on its pages, its export and its actions; staff of another organisation get 403. Run through the real guards.

vi.mock('next/headers', async () => (await import('../support/action-session')).headersModule)
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

async function school() {
  const org = await createOrganisation(db(), { kind: 'hogeschool' })
  const elsewhere = await createOrganisation(db())
  const [a, b, c, admin, learner, outsider] = await Promise.all([
    createUser(db(), { organisationId: org.id, role: 'docent', name: 'Docent A' }),
    createUser(db(), { organisationId: org.id, role: 'docent', name: 'Docent B' }),
    createUser(db(), { organisationId: org.id, role: 'docent', name: 'Docent C' }),
    createUser(db(), { organisationId: org.id, role: 'admin', name: 'Beheerder' }),
    createUser(db(), { organisationId: org.id, role: 'learner', name: 'Student' }),
    createUser(db(), { organisationId: elsewhere.id, role: 'docent', name: 'Docent elders' }),
  ])
  await signInAs(a)
  const made = await outcomeOf(() => createClassAction(null, form({ name: 'Klas van A', organisationId: org.id })))
  const groupId = made.replace(/^redirect \/klas\/([a-z0-9]+).*$/, '$1')
  await addToGroup(db(), groupId, learner.id)
  return { org, a, b, c, admin, learner, outsider, groupId }
}

const exportAs = async (groupId: string) =>
  (await exportProgress(new Request(`http://localhost/klas/${groupId}/voortgang/export`), {
    params: Promise.resolve({ groupId }),
  })) as Response

test('the docent who makes a class is its first owner', async () => {
  const { a, groupId } = await school()
  expect((await findClass(groupId))?.ownerIds).toEqual([a.id])
  expect(await outcomeOf(() => requireClass(groupId))).toBe('returned')
})

test('another docent of the organisation gets 404 on the pages, the export and every action', async () => {
  const { c, learner, groupId } = await school()
  await signInAs(c)
  expect(await outcomeOf(() => requireClass(groupId))).toBe('notfound')
  expect(await outcomeOf(() => requireClass(groupId, 'read:group-progress:org'))).toBe('notfound')
  const response = await exportAs(groupId)
  expect(response.status).toBe(404)
  expect(await response.json()).toMatchObject({ error: 'not-found' })
  expect(await outcomeOf(() => renameClassAction(groupId, null, form({ name: 'Overgenomen' })))).toBe('notfound')
  expect(await outcomeOf(() => archiveClassAction(groupId, null, form({ archived: 'ja' })))).toBe('notfound')
  expect(await outcomeOf(() => removeMemberAction(groupId, null, form({ userId: learner.id })))).toBe('notfound')
  expect(await outcomeOf(() => addOwnerAction(groupId, form({ email: c.email })))).toBe('notfound')
  // Nothing changed.
  const group = await findClass(groupId)
  expect(group).toMatchObject({ name: 'Klas van A', archivedAt: null })
  expect(await db().groupMember.count({ where: { groupId } })).toBe(1)
})

test('a docent of another organisation is refused (403); an unknown class is simply not found', async () => {
  const { outsider, a, groupId } = await school()
  await signInAs(outsider)
  expect(await outcomeOf(() => requireClass(groupId))).toBe('forbidden')
  expect((await exportAs(groupId)).status).toBe(403)
  await signInAs(a)
  expect(await outcomeOf(() => requireClass('bestaatniet'))).toBe('notfound')
  expect(await outcomeOf(() => requireClass('../x'))).toBe('notfound')
  expect((await exportAs('bestaatniet')).status).toBe(404)
})

test('the owner adds a co-docent by e-mail, who then sees, exports and manages the class', async () => {
  const { a, b, groupId } = await school()
  await signInAs(a)
  expect(await outcomeOf(() => addOwnerAction(groupId, form({ email: ` ${b.email.toUpperCase()} ` })))).toBe(
    `redirect /klas/${groupId}/docenten?uitkomst=docent-toegevoegd`,
  )
  await signInAs(b)
  expect(await outcomeOf(() => requireClass(groupId))).toBe('returned')
  expect((await exportAs(groupId)).status).toBe(200)
  expect(await outcomeOf(() => renameClassAction(groupId, null, form({ name: 'Klas van A en B' })))).toBe('returned')
  expect((await findClass(groupId))?.name).toBe('Klas van A en B')
  const log = await db().auditLog.findFirst({ where: { action: 'class.owner-add', actorId: a.id } })
  expect(log?.detail).toEqual({ groupId, userId: b.id })
})

test('only an active docent of the same organisation can be added; otherwise a clear answer', async () => {
  const { a, learner, outsider, groupId } = await school()
  const inactive = await createUser(db(), {
    organisationId: (await findClass(groupId))?.organisationId,
    role: 'docent',
    active: false,
  })
  await signInAs(a)
  const answer = (email: string) => outcomeOf(() => addOwnerAction(groupId, form({ email })))
  const unknown = `redirect /klas/${groupId}/docenten?uitkomst=onbekende-docent`
  expect(await answer('niemand@example.test')).toBe(unknown)
  expect(await answer(learner.email)).toBe(unknown)
  expect(await answer(outsider.email)).toBe(unknown)
  expect(await answer(inactive.email)).toBe(unknown)
  expect(await answer('geen adres')).toBe(`redirect /klas/${groupId}/docenten?uitkomst=ongeldig-adres`)
  expect(await answer(a.email)).toBe(`redirect /klas/${groupId}/docenten?uitkomst=al-docent`)
  expect((await findClass(groupId))?.ownerIds).toEqual([a.id])
})

test('owners remove co-docents, but never the last one', async () => {
  const { a, b, groupId } = await school()
  await signInAs(a)
  expect(await outcomeOf(() => removeOwnerAction(groupId, form({ userId: a.id })))).toBe(
    `redirect /klas/${groupId}/docenten?uitkomst=laatste-docent`,
  )
  await addOwnerAction(groupId, form({ email: b.email })).catch(() => undefined)
  expect(await outcomeOf(() => removeOwnerAction(groupId, form({ userId: b.id })))).toBe(
    `redirect /klas/${groupId}/docenten?uitkomst=docent-verwijderd`,
  )
  await signInAs(b)
  expect(await outcomeOf(() => requireClass(groupId))).toBe('notfound')
  // A docent who leaves their own class is sent back to their list.
  await signInAs(a)
  await addOwnerAction(groupId, form({ email: b.email })).catch(() => undefined)
  expect(await outcomeOf(() => removeOwnerAction(groupId, form({ userId: a.id })))).toBe(
    'redirect /klas?melding=klas-verlaten',
  )
  expect((await findClass(groupId))?.ownerIds).toEqual([b.id])
})

test('the admin of the organisation sees every class and hands one over; a docent cannot', async () => {
  const { a, b, c, admin, groupId } = await school()
  await signInAs(admin)
  expect(await outcomeOf(() => requireClass(groupId))).toBe('returned')
  expect((await exportAs(groupId)).status).toBe(200)
  await signInAs(a)
  expect(await outcomeOf(() => handOverAction(groupId, form({ email: b.email })))).toBe(
    `redirect /klas/${groupId}/docenten?uitkomst=alleen-beheerder&formulier=overdragen`,
  )
  await signInAs(admin)
  expect(await outcomeOf(() => handOverAction(groupId, form({ email: c.email })))).toBe(
    `redirect /klas/${groupId}/docenten?uitkomst=klas-overgedragen&formulier=overdragen`,
  )
  expect((await findClass(groupId))?.ownerIds).toEqual([c.id])
  await signInAs(a)
  expect(await outcomeOf(() => requireClass(groupId))).toBe('notfound')
  expect(await db().auditLog.count({ where: { action: 'class.hand-over', actorId: admin.id } })).toBe(1)
})

test('the migration made the maker of an existing class its first owner', async () => {
  const org = await createOrganisation(db())
  const maker = await createUser(db(), { organisationId: org.id, role: 'docent' })
  const group = await db().group.create({
    data: { organisationId: org.id, name: 'Oude klas', kind: 'klas', createdById: maker.id },
  })
  const ownerless = await db().group.create({ data: { organisationId: org.id, name: 'Demo', kind: 'klas' } })
  // The migration's own backfill statement, run on classes made the old way (no owner rows yet).
  const sql = readFileSync('prisma/migrations/20261202020000_group_owners/migration.sql', 'utf8')
  const backfill = sql.slice(sql.indexOf('INSERT INTO "GroupOwner"'))
  await db().groupOwner.deleteMany({})
  await db().$executeRawUnsafe(backfill)
  expect((await findClass(group.id))?.ownerIds).toEqual([maker.id])
  expect((await findClass(ownerless.id))?.ownerIds).toEqual([])
})
