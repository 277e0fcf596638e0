import { createHash } from 'node:crypto'
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
  /** Only a verified address may join an existing password account with the same address. */
  emailVerified: boolean
  organisationId: string
  role: Extract<Role, 'learner' | 'docent'>
}

export type Provisioned = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: ProvisionRefusal }
export type ProvisionRefusal = 'email-taken' | 'inactive'

/** An address that can never receive mail, for people whose system gives none: unique per issuer and subject. */
export function placeholderEmail(issuer: string, subject: string) {
  const digest = createHash('sha256').update(`${issuer}\n${subject}`).digest('hex').slice(0, 24)
  return `${digest}@extern.deelwijs.invalid`
}

export async function provisionExternalUser(person: ExternalPerson): Promise<Provisioned> {
  return db().$transaction(async (tx) => {
    const known = await tx.externalIdentity.findUnique({
      where: { issuer_subject: { issuer: person.issuer, subject: person.subject } },
      select: { user: { select: { id: true, active: true, sessionVersion: true } } },
    })
    let user = known?.user ?? null
    if (!user) {
      const email = person.email ?? placeholderEmail(person.issuer, person.subject)
      const existing = await tx.user.findUnique({
        where: { email },
        select: { id: true, active: true, sessionVersion: true },
      })
      if (existing && !(person.email && person.emailVerified)) return { ok: false, reason: 'email-taken' } as const
      user =
        existing ??
        (await tx.user.create({
          data: { email, name: person.name },
          select: { id: true, active: true, sessionVersion: true },
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
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion } as const
  })
}
