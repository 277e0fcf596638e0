import { createHash } from 'node:crypto'
import { audit } from '@/lib/audit/log.server'
import type { Role } from '@/lib/auth/permissions'
import { db } from '@/lib/db/client.server'

// One way in for people who arrive from another system (OpenID Connect sign-in, an LTI launch): find them by the
// issuer and the subject that system uses, or create their account, and make sure they hold the role in the
// organisation. Only the name and, where the system gives one, the e-mail address are kept (data minimisation).

export type ExternalPerson = {
  issuer: string
  subject: string
  name: string
  email: string | null
  /** Whether the system vouches that the person reads mail at `email` (OIDC `email_verified`). */
  emailVerified: boolean
  organisationId: string
  role: Extract<Role, 'learner' | 'docent'>
}

export type Provisioned = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: ProvisionRefusal }
/**
 * email-taken: an account has this address and the system does not vouch for it; email-unverified: the system does,
 * but the account's own address was never confirmed, so it may have been made by someone else (issue 22, finding 2).
 */
export type ProvisionRefusal = 'email-taken' | 'email-unverified' | 'inactive'

const PLACEHOLDER_DOMAIN = 'extern.deelwijs.invalid'

/** An address that can never receive mail, for people whose system gives none: unique per issuer and subject. */
export function placeholderEmail(issuer: string, subject: string) {
  const digest = createHash('sha256').update(`${issuer}\n${subject}`).digest('hex').slice(0, 24)
  return `${digest}@${PLACEHOLDER_DOMAIN}`
}

/** Whether an account's address is a placeholder (nothing to confirm, no mail to send). */
export function isPlaceholderEmail(email: string) {
  return email.endsWith(`@${PLACEHOLDER_DOMAIN}`)
}

const userFields = { id: true, active: true, sessionVersion: true, emailVerifiedAt: true } as const

/**
 * The linking rule (docs/decisions/034-sso-account-linking-and-entra-tenants.md): an identity joins an existing account
 * by e-mail address only when both sides proved the mailbox, the system (email_verified) and the account
 * (emailVerifiedAt). An address the system does not vouch for is never stored: it may be anyone's, and on a new account
 * it would block an invitation to its real owner. Such people get a placeholder address.
 */
export async function provisionExternalUser(person: ExternalPerson): Promise<Provisioned> {
  const verifiedEmail = person.email && person.emailVerified ? person.email : null
  const outcome = await db().$transaction(async (tx) => {
    const known = await tx.externalIdentity.findUnique({
      where: { issuer_subject: { issuer: person.issuer, subject: person.subject } },
      select: { user: { select: userFields } },
    })
    let user = known?.user ?? null
    let linked = false
    if (!user) {
      const existing = await tx.user.findUnique({
        where: { email: person.email ?? placeholderEmail(person.issuer, person.subject) },
        select: userFields,
      })
      if (existing && !verifiedEmail) return { ok: false, reason: 'email-taken' } as const
      if (existing && !existing.emailVerifiedAt) return { ok: false, reason: 'email-unverified' } as const
      linked = existing !== null
      user =
        existing ??
        (await tx.user.create({
          data: {
            email: verifiedEmail ?? placeholderEmail(person.issuer, person.subject),
            // The system vouches for the address: that is the proof a confirmation mail would give.
            emailVerifiedAt: verifiedEmail ? new Date() : null,
            name: person.name,
          },
          select: userFields,
        }))
      await tx.externalIdentity.create({ data: { userId: user.id, issuer: person.issuer, subject: person.subject } })
    }
    if (!user.active) return { ok: false, reason: 'inactive' } as const
    const membership = { userId: user.id, organisationId: person.organisationId, role: person.role }
    await tx.membership.upsert({
      where: { userId_organisationId_role: membership },
      create: membership,
      update: {},
    })
    await tx.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } })
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, linked } as const
  })
  if (!outcome.ok) return outcome
  // After the transaction: the audit log is written through db(), which must not wait inside it.
  if (outcome.linked)
    await audit({ actorId: outcome.userId, action: 'account.sso-link', detail: { issuer: person.issuer } })
  return { ok: true, userId: outcome.userId, sessionVersion: outcome.sessionVersion }
}
