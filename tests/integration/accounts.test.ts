import { expect, test } from 'vitest'
import { createInvitation, setUserActive } from '@/lib/accounts/admin.server'
import { registerWithInvitation, registerWithJoinCode } from '@/lib/accounts/register.server'
import { db } from '@/lib/db/client.server'
import { createGroup, createOrganisation, createUser } from '@/lib/seed/factories'

const password = 'een lange zin als wachtwoord'
const email = () => `reg-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`

test('a join code creates a learner in the group and its organisation', async () => {
  const org = await createOrganisation(db())
  const group = await createGroup(db(), { organisationId: org.id })
  const address = email()
  const result = await registerWithJoinCode({
    code: group.joinCode?.toLowerCase(),
    email: address,
    name: 'An',
    password,
  })
  expect(result).toEqual({ ok: true, email: address })
  const user = await db().user.findUniqueOrThrow({
    where: { email: address },
    include: { memberships: true, groupMembers: true },
  })
  expect(user.memberships).toEqual([expect.objectContaining({ organisationId: org.id, role: 'learner' })])
  expect(user.groupMembers.map((m) => m.groupId)).toEqual([group.id])
})

test('an unknown, disabled or archived join code creates nothing', async () => {
  const org = await createOrganisation(db())
  const disabled = await createGroup(db(), { organisationId: org.id, joinCodeEnabled: false })
  const archived = await createGroup(db(), { organisationId: org.id })
  await db().group.update({ where: { id: archived.id }, data: { archivedAt: new Date() } })
  for (const [code, reason] of [
    ['ZZZZ-ZZZZ', 'bestaat niet'],
    [disabled.joinCode, 'uitgezet'],
    [archived.joinCode, 'gearchiveerd'],
  ] as const) {
    const address = email()
    const result = await registerWithJoinCode({ code, email: address, name: 'An', password })
    expect(result).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining(reason) } })
    expect(await db().user.count({ where: { email: address } })).toBe(0)
  }
})

test('bad input gets field messages in Dutch and no account', async () => {
  const result = await registerWithJoinCode({ code: '', email: 'geen-email', name: '', password: 'kort' })
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['code', 'email', 'name', 'password'])
  expect(result.fieldErrors?.password).toContain('minstens 10 tekens')
  expect(await registerWithJoinCode('not an object')).toMatchObject({ ok: false })
})

test('registering twice with one e-mail keeps the first account', async () => {
  const org = await createOrganisation(db())
  const group = await createGroup(db(), { organisationId: org.id })
  const address = email()
  await registerWithJoinCode({ code: group.joinCode, email: address, name: 'Eerste', password })
  const second = await registerWithJoinCode({ code: group.joinCode, email: address, name: 'Tweede', password })
  expect(second).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining('al een account') } })
  expect((await db().user.findUniqueOrThrow({ where: { email: address } })).name).toBe('Eerste')
})

test('an invitation registers once, with its role, and then no more', async () => {
  const org = await createOrganisation(db(), { kind: 'hogeschool' })
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  const address = email()
  const invitation = await createInvitation(admin.id, { email: address, organisationId: org.id, role: 'docent' })
  if (!invitation.ok) throw new Error('invitation failed')

  const first = await registerWithInvitation({ token: invitation.token, name: 'Docent', password })
  expect(first).toEqual({ ok: true, email: address })
  const member = await db().membership.findFirstOrThrow({ where: { user: { email: address } } })
  expect(member).toMatchObject({ organisationId: org.id, role: 'docent' })

  const again = await registerWithInvitation({ token: invitation.token, name: 'Docent', password })
  expect(again).toMatchObject({ ok: false, message: expect.stringContaining('verlopen, al gebruikt') })
  expect(await db().auditLog.count({ where: { actorId: admin.id, action: 'invitation.create' } })).toBe(1)
})

test('an expired invitation is refused', async () => {
  const org = await createOrganisation(db())
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  const invitation = await createInvitation(admin.id, { email: email(), organisationId: org.id, role: 'learner' })
  if (!invitation.ok) throw new Error('invitation failed')
  await db().invitation.updateMany({ where: { createdById: admin.id }, data: { expiresAt: new Date(Date.now() - 1) } })
  expect(await registerWithInvitation({ token: invitation.token, name: 'Laat', password })).toMatchObject({ ok: false })
})

test('deactivating a user bumps the session version and is audited; an admin cannot deactivate themself', async () => {
  const org = await createOrganisation(db())
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  const user = await createUser(db(), { organisationId: org.id })
  expect(await setUserActive(admin.id, { userId: user.id, active: 'false' })).toMatchObject({ ok: true })
  const after = await db().user.findUniqueOrThrow({ where: { id: user.id } })
  expect(after).toMatchObject({ active: false, sessionVersion: user.sessionVersion + 1 })
  expect(await db().auditLog.count({ where: { actorId: admin.id, action: 'user.deactivate' } })).toBe(1)

  expect(await setUserActive(admin.id, { userId: admin.id, active: 'false' })).toMatchObject({ ok: false })
  expect(await setUserActive(admin.id, { userId: 'missing', active: 'false' })).toMatchObject({ ok: false })
  expect(await setUserActive(admin.id, { userId: user.id, active: 'maybe' })).toMatchObject({ ok: false })
})
