import { createHash } from 'node:crypto'
import { z } from 'zod'
import { hashPassword } from '@/lib/auth/password.server'
import { codeProblem, lookUpJoinCode } from '@/lib/classes/join.server'
import { db, Prisma } from '@/lib/db/client.server'
import { fieldErrorsOf } from '@/lib/forms/result'

// Self-registration exists only through a group's join code or a personal invitation link: nobody lands in
// Deelwijs without an organisation that vouches for them.

export const accountFields = {
  name: z.string().trim().min(2, 'Vul je naam in (minstens 2 tekens).').max(100, 'Je naam is te lang.'),
  password: z
    .string()
    .min(10, 'Kies een wachtwoord van minstens 10 tekens.')
    .max(200, 'Dit wachtwoord is te lang (hoogstens 200 tekens).'),
}

export const joinCodeRegistrationSchema = z.object({
  code: z.string().trim().min(1, 'Vul de klascode in.').max(20, 'Deze klascode klopt niet.'),
  email: z.email('Vul een geldig e-mailadres in.').max(254).toLowerCase(),
  ...accountFields,
})

export type RegistrationResult =
  | { ok: true; email: string }
  | { ok: false; fieldErrors?: Record<string, string>; message?: string }

export { fieldErrorsOf }

const EMAIL_TAKEN =
  'Er is al een account met dit e-mailadres. Log in met dat account; je docent kan je daarna aan de klas toevoegen.'

export async function registerWithJoinCode(input: unknown): Promise<RegistrationResult> {
  const parsed = joinCodeRegistrationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { code, email, name, password } = parsed.data

  const lookup = await lookUpJoinCode(code)
  if (lookup.kind !== 'open') return { ok: false, fieldErrors: { code: codeProblem(lookup.kind) } }
  const { group } = lookup
  const passwordHash = await hashPassword(password)
  try {
    await db().user.create({
      data: {
        email,
        name,
        passwordHash,
        memberships: { create: { organisationId: group.organisationId, role: 'learner' } },
        groupMembers: { create: { groupId: group.id } },
      },
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { email: EMAIL_TAKEN } }
    throw error
  }
  return { ok: true, email }
}

export const invitationRegistrationSchema = z.object({
  token: z.string().min(20).max(200),
  ...accountFields,
})

export function hashInvitationToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

export async function findOpenInvitation(token: string) {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organisation: { select: { name: true } } },
  })
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null
  return invitation
}

export async function registerWithInvitation(input: unknown): Promise<RegistrationResult> {
  const parsed = invitationRegistrationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { token, name, password } = parsed.data
  const invitation = await findOpenInvitation(token)
  if (!invitation) return { ok: false, message: 'Deze uitnodiging is verlopen, al gebruikt of bestaat niet.' }

  const passwordHash = await hashPassword(password)
  try {
    await db().$transaction(async (tx) => {
      // Claiming the invitation inside the transaction makes a second use of the same link fail.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null },
        data: { acceptedAt: new Date() },
      })
      if (claimed.count !== 1) throw new InvitationUsedError()
      await tx.user.create({
        data: {
          email: invitation.email,
          // The invitation link was mailed to this address, or handed over by the admin who vouches for it.
          emailVerifiedAt: new Date(),
          name,
          passwordHash,
          memberships: { create: { organisationId: invitation.organisationId, role: invitation.role } },
        },
      })
    })
  } catch (error) {
    if (error instanceof InvitationUsedError) {
      return { ok: false, message: 'Deze uitnodiging is verlopen, al gebruikt of bestaat niet.' }
    }
    if (isUniqueViolation(error)) return { ok: false, message: EMAIL_TAKEN }
    throw error
  }
  return { ok: true, email: invitation.email }
}

class InvitationUsedError extends Error {}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}
