import { expect, test } from 'vitest'
import { createInvitation } from '@/lib/accounts/admin.server'
import { mailInvitation } from '@/lib/accounts/invitation-mail.server'
import { openResetToken, requestPasswordReset } from '@/lib/accounts/password-reset.server'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'

// Without SMTP_URL (the embedded demo), mail is kept in the database for an admin to read at /beheer/mail.

test('without SMTP a reset mail is kept in the database, with a working link', async () => {
  expect(env().SMTP_URL).toBeUndefined()
  const email = `bewaard-${Date.now()}@example.test`
  await createUser(db(), { email, name: 'Bram Bewaard' })
  await requestPasswordReset(email)
  const kept = await db().outgoingMail.findFirstOrThrow({ where: { to: email } })
  expect(kept).toMatchObject({ kind: 'password-reset', subject: 'Nieuw wachtwoord voor Deelwijs' })
  const token = kept.text.match(/\/inloggen\/nieuw-wachtwoord\/([A-Za-z0-9_-]+)/)?.[1] ?? ''
  expect(await openResetToken(token)).toMatchObject({ email })
})

test('without SMTP an invitation is not mailed and not kept: the admin passes the link on', async () => {
  const org = await createOrganisation(db())
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  const email = `uitnodiging-${Date.now()}@example.test`
  const invitation = await createInvitation(admin.id, { email, organisationId: org.id, role: 'learner' })
  if (!invitation.ok) throw new Error('invitation failed')
  expect(await mailInvitation(invitation)).toBe(false)
  expect(await db().outgoingMail.count({ where: { to: email } })).toBe(0)
})
