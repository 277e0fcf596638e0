import { expect, test } from 'vitest'
import { createInvitation } from '@/lib/accounts/admin.server'
import { confirmEmail, sendEmailVerification, verificationLink } from '@/lib/accounts/email-verification.server'
import { openResetToken, requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset.server'
import { registerWithInvitation, registerWithJoinCode } from '@/lib/accounts/register.server'
import { db } from '@/lib/db/client.server'
import { createGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { placeholderEmail } from '@/lib/sso/provision.server'

// "Bevestig je e-mailadres" (lib/accounts/email-verification.server.ts, ADR 034): without SMTP the mails are kept in
// the database (ADR 022), where these tests read the links.

const password = 'een lange zin als wachtwoord'
const address = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`

const LINKS = { 'email-verification': '/aanmelden/bevestigen/', 'password-reset': '/inloggen/nieuw-wachtwoord/' }

/** The newest mail of this kind to this address, and the token of its link. */
async function linkFromMail(to: string, kind: keyof typeof LINKS) {
  const mail = await db().outgoingMail.findFirstOrThrow({
    where: { to, kind },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  })
  const token = new RegExp(`${LINKS[kind]}([\\w-]+)`).exec(mail.text)?.[1]
  if (!token) throw new Error(`no ${LINKS[kind]} link in the mail`)
  return { mail, token }
}

async function registered(label: string) {
  const organisation = await createOrganisation(db())
  const group = await createGroup(db(), { organisationId: organisation.id })
  const email = address(label)
  expect(await registerWithJoinCode({ code: group.joinCode, email, name: 'Bo Bevestig', password })).toMatchObject({
    ok: true,
  })
  return db().user.findUniqueOrThrow({ where: { email } })
}

test('a class-code account starts unconfirmed; the mailed link confirms it once and is audited', async () => {
  const user = await registered('bevestig')
  expect(user.emailVerifiedAt).toBeNull()

  expect(await sendEmailVerification(user.id)).toBe('sent')
  const { mail, token } = await linkFromMail(user.email, 'email-verification')
  expect(mail.kind).toBe('email-verification')
  expect(mail.subject).toBe('Bevestig je e-mailadres voor Deelwijs')
  expect(mail.text).toContain('Hallo Bo Bevestig')
  expect(mail.text).toContain('48 uur')
  // Only the hash is stored.
  expect(await db().passwordResetToken.count({ where: { tokenHash: token } })).toBe(0)

  // Opening the link only looks (mail programs open links before the person does).
  expect(await verificationLink(token)).toEqual({ state: 'open', email: user.email })
  expect(await verificationLink(token)).toEqual({ state: 'open', email: user.email })
  expect(await confirmEmail({ token })).toEqual({ ok: true })
  const confirmed = await db().user.findUniqueOrThrow({ where: { id: user.id } })
  expect(confirmed.emailVerifiedAt).toBeInstanceOf(Date)
  expect(await db().auditLog.count({ where: { actorId: user.id, action: 'account.email-verified' } })).toBe(1)

  // The link works once; afterwards it says the address is confirmed, and no new mail is sent.
  expect(await confirmEmail({ token })).toEqual({ ok: false })
  expect(await verificationLink(token)).toEqual({ state: 'done' })
  expect(await sendEmailVerification(user.id)).toBe('already-verified')
})

test('a new link replaces the older one; an expired or malformed link does nothing', async () => {
  const user = await registered('opnieuw')
  await sendEmailVerification(user.id)
  const first = (await linkFromMail(user.email, 'email-verification')).token
  await sendEmailVerification(user.id)
  const second = (await linkFromMail(user.email, 'email-verification')).token
  expect(second).not.toBe(first)
  expect(await verificationLink(first)).toEqual({ state: 'invalid' })
  expect(await confirmEmail({ token: first })).toEqual({ ok: false })

  await db().passwordResetToken.updateMany({
    where: { userId: user.id, purpose: 'email_verification' },
    data: { expiresAt: new Date(Date.now() - 1000) },
  })
  expect(await verificationLink(second)).toEqual({ state: 'invalid' })
  expect(await confirmEmail({ token: second })).toEqual({ ok: false })
  for (const bad of ['', 'abc', 'x'.repeat(200), 42, null])
    expect(await confirmEmail({ token: bad })).toEqual({ ok: false })
  expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull()
})

test('a confirmation link is no password reset link, and the other way round', async () => {
  const user = await registered('gescheiden')
  await sendEmailVerification(user.id)
  const confirmation = (await linkFromMail(user.email, 'email-verification')).token
  // Asking for a reset link keeps the confirmation link working.
  await requestPasswordReset(user.email)
  const reset = (await linkFromMail(user.email, 'password-reset')).token

  expect(await openResetToken(confirmation)).toBeNull()
  expect(await resetPassword({ token: confirmation, password: 'een ander wachtwoord hier' })).toMatchObject({
    ok: false,
    problem: 'link',
  })
  expect(await verificationLink(reset)).toEqual({ state: 'invalid' })
  expect(await confirmEmail({ token: reset })).toEqual({ ok: false })
  expect(await verificationLink(confirmation)).toMatchObject({ state: 'open' })
})

test('a completed password reset and an accepted invitation prove the mailbox too', async () => {
  const user = await registered('herstel')
  await requestPasswordReset(user.email)
  const { token } = await linkFromMail(user.email, 'password-reset')
  expect(await resetPassword({ token, password: 'een nieuw lang wachtwoord' })).toEqual({ ok: true })
  expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date)

  const organisation = await createOrganisation(db())
  const admin = await createUser(db())
  const email = address('uitgenodigd')
  const invitation = await createInvitation(admin.id, { email, organisationId: organisation.id, role: 'docent' })
  if (!invitation.ok) throw new Error('invitation failed')
  expect(await registerWithInvitation({ token: invitation.token, name: 'Ina Uitgenodigd', password })).toMatchObject({
    ok: true,
  })
  expect((await db().user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date)
  expect(await db().outgoingMail.count({ where: { to: email, kind: 'email-verification' } })).toBe(0)
})

test('no confirmation mail for an address that receives no mail', async () => {
  const placeholder = placeholderEmail('https://lms.example', `sub-${Date.now()}`)
  const user = await db().user.create({ data: { email: placeholder, name: 'Uit de leeromgeving' } })
  expect(await sendEmailVerification(user.id)).toBe('no-mailbox')
  expect(await db().outgoingMail.count({ where: { to: placeholder } })).toBe(0)
})
