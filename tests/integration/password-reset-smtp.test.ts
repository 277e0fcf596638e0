import { createHash } from 'node:crypto'
import { afterAll, expect, test } from 'vitest'
import { linkIn, startTestSmtpServer } from '../servers/smtp'

// Password reset and invitations through a real SMTP server started here (smtp-server), read back with mailparser.
// The settings are set before the app's modules are loaded, as `npm start` would have them.
const smtp = await startTestSmtpServer()
process.env.SMTP_URL = smtp.url
process.env.MAIL_FROM = 'Deelwijs test <deelwijs@example.test>'
process.env.NEXTAUTH_URL = 'http://deelwijs.example:3000'
const { env } = await import('@/lib/env.server')
const { openResetToken, requestPasswordReset, resetPassword } = await import('@/lib/accounts/password-reset.server')
const { createInvitation } = await import('@/lib/accounts/admin.server')
const { mailInvitation } = await import('@/lib/accounts/invitation-mail.server')
const { verifyPassword } = await import('@/lib/auth/password.server')
const { db } = await import('@/lib/db/client.server')
const { createOrganisation, createUser } = await import('@/lib/seed/factories')

afterAll(() => smtp.close())

const address = () => `reset-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`
const passwordOf = async (id: string) =>
  (await db().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash ?? ''

test('the settings are the SMTP ones', () => {
  expect(env().SMTP_URL).toBe(smtp.url)
})

test('a reset mail arrives over SMTP; its link works once, sets the password, ends every session and is audited', async () => {
  const email = address()
  const user = await createUser(db(), { email, name: 'Rosa Reset', password: 'het oude wachtwoord' })
  await requestPasswordReset(email.toUpperCase())

  const mail = await smtp.nextMessageTo(email)
  expect(mail.subject).toBe('Nieuw wachtwoord voor Deelwijs')
  expect(mail.from?.text).toContain('deelwijs@example.test')
  expect(mail.text).toContain('Hallo Rosa Reset')
  expect(mail.html).toContain('Nieuw wachtwoord kiezen')
  const link = linkIn(mail, '/inloggen/nieuw-wachtwoord/')
  // The link is built from the configured address, never from a request's Host header.
  expect(link.startsWith('http://deelwijs.example:3000/inloggen/nieuw-wachtwoord/')).toBe(true)
  const token = link.split('/').pop() ?? ''

  // Only the SHA-256 of the token is stored.
  const rows = await db().passwordResetToken.findMany({ where: { userId: user.id } })
  expect(rows).toHaveLength(1)
  expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
  expect(JSON.stringify(rows)).not.toContain(token)
  expect(await openResetToken(token)).toMatchObject({ userId: user.id, email })

  // The password rules of registration apply.
  expect(await resetPassword({ token, password: 'kort' })).toMatchObject({ ok: false, problem: 'password' })
  expect(await resetPassword({ token, password: 'een heel nieuw wachtwoord' })).toEqual({ ok: true })
  expect(await verifyPassword(await passwordOf(user.id), 'een heel nieuw wachtwoord')).toBe(true)
  const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })
  expect(after.sessionVersion).toBe(user.sessionVersion + 1)
  expect(await db().auditLog.count({ where: { actorId: user.id, action: 'account.password-reset' } })).toBe(1)

  // Single use: the same link again changes nothing.
  expect(await openResetToken(token)).toBeNull()
  expect(await resetPassword({ token, password: 'nog een ander wachtwoord' })).toMatchObject({
    ok: false,
    problem: 'link',
  })
  expect(await verifyPassword(await passwordOf(user.id), 'een heel nieuw wachtwoord')).toBe(true)
  // With SMTP, mail is sent and not kept in the database.
  expect(await db().outgoingMail.count()).toBe(0)
})

test('unknown, deactivated and password-less addresses get no mail, and the request answers the same', async () => {
  const inactive = address()
  const ssoOnly = address()
  await createUser(db(), { email: inactive, active: false })
  await db().user.create({ data: { email: ssoOnly, name: 'Alleen SSO' } })
  const known = address()
  await createUser(db(), { email: known })
  for (const email of [address(), inactive, ssoOnly]) await expect(requestPasswordReset(email)).resolves.toBeUndefined()
  // A known address sent after them arrives; none of the others did.
  await requestPasswordReset(known)
  await smtp.nextMessageTo(known)
  for (const email of [inactive, ssoOnly]) {
    expect(smtp.messages.some((m) => JSON.stringify(m.to).includes(email))).toBe(false)
  }
})

test('a link stops working after 30 minutes, and a new request replaces the older link', async () => {
  const email = address()
  const user = await createUser(db(), { email })
  await requestPasswordReset(email)
  const first =
    linkIn(await smtp.nextMessageTo(email), '/inloggen/nieuw-wachtwoord/')
      .split('/')
      .pop() ?? ''
  await requestPasswordReset(email)
  const second =
    linkIn(await smtp.nextMessageTo(email), '/inloggen/nieuw-wachtwoord/')
      .split('/')
      .pop() ?? ''
  expect(await openResetToken(first)).toBeNull()
  expect(await openResetToken(second)).not.toBeNull()

  const row = await db().passwordResetToken.findFirstOrThrow({ where: { userId: user.id } })
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(29 * 60_000)
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1000)
  await db().passwordResetToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
  expect(await openResetToken(second)).toBeNull()
  expect(await resetPassword({ token: second, password: 'een heel nieuw wachtwoord' })).toMatchObject({
    ok: false,
    problem: 'link',
  })
})

test('two uses of one link at the same moment: exactly one succeeds', async () => {
  const email = address()
  await createUser(db(), { email })
  await requestPasswordReset(email)
  const token =
    linkIn(await smtp.nextMessageTo(email), '/inloggen/nieuw-wachtwoord/')
      .split('/')
      .pop() ?? ''
  const results = await Promise.all([
    resetPassword({ token, password: 'eerste nieuwe wachtwoord' }),
    resetPassword({ token, password: 'tweede nieuwe wachtwoord' }),
  ])
  expect(results.filter((r) => r.ok)).toHaveLength(1)
})

test('an invitation is mailed with its link when SMTP is set', async () => {
  const org = await createOrganisation(db(), { name: 'Gemeente Maildorp' })
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  const email = address()
  const invitation = await createInvitation(admin.id, { email, organisationId: org.id, role: 'docent' })
  if (!invitation.ok) throw new Error('invitation failed')
  expect(await mailInvitation(invitation)).toBe(true)
  const mail = await smtp.nextMessageTo(email)
  expect(mail.subject).toBe('Uitnodiging voor Deelwijs (Gemeente Maildorp)')
  expect(mail.text).toContain('als docent bij Gemeente Maildorp')
  expect(linkIn(mail, '/aanmelden/uitnodiging/')).toBe(
    `http://deelwijs.example:3000/aanmelden/uitnodiging/${invitation.token}`,
  )
})

test('a co-docent added to a class gets a mail with the link to the class', async () => {
  const { addOwner } = await import('@/lib/classes/owners.server')
  const { createGroup } = await import('@/lib/seed/factories')
  const org = await createOrganisation(db(), { name: 'Hogeschool Maildorp' })
  const owner = await createUser(db(), { organisationId: org.id, role: 'docent', name: 'Docent Eigenaar' })
  const colleague = await createUser(db(), { organisationId: org.id, role: 'docent', email: address() })
  const group = await createGroup(db(), { organisationId: org.id, name: 'Klas Mail' })
  const outcome = await addOwner(
    {
      id: owner.id,
      name: owner.name,
      email: owner.email,
      memberships: [{ organisationId: org.id, organisationName: org.name, role: 'docent' }],
    },
    { ...group, organisationName: org.name, ownerIds: [owner.id] },
    { email: colleague.email },
  )
  expect(outcome).toBe('docent-toegevoegd')
  const mail = await smtp.nextMessageTo(colleague.email)
  expect(mail.subject).toBe('Je bent docent van Klas Mail (Deelwijs)')
  expect(mail.text).toContain('Docent Eigenaar heeft je als docent toegevoegd')
  expect(linkIn(mail, '/klas/')).toBe(`http://deelwijs.example:3000/klas/${group.id}`)
})
