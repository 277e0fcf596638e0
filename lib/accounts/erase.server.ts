import { z } from 'zod'
import { verifyPassword } from '@/lib/auth/password.server'
import { type Client, db } from '@/lib/db/client.server'
import type { Prisma } from '@/lib/db/generated/client'
import { type FormResult, fieldErrorsOf } from '@/lib/forms/result'
import type { ErasureStepModel } from './erasure-fields'

// Erasing an account (AVG art. 17). Personal data goes: the user row with name, e-mail and password hash, roles,
// class memberships, certificates, sign-in failures, links to outside accounts (OIDC, LTI), gradebook links, and the
// invitations and kept mail sent to the address (lib/accounts/erasure-fields.ts lists what is not reached by a foreign
// key; the data inventory check holds the two together). What a learner chose stays only in anonymised form: attempts,
// events and report rollups lose their link to the person (userId set to null by the foreign keys), so the
// organisation's aggregate reports stay correct and nothing points back to them. xAPI statements were pseudonymous
// from the start; they lose their userId too, so even XAPI_ACTOR=named can no longer resolve them to the person.

const eraseSchema = z.object({
  // People who sign in through their organisation (OIDC, LTI) have no password here; for them the session and the
  // explicit confirmation are the proof.
  password: z.string().max(200).optional(),
  confirm: z.literal('ja', { error: 'Vink aan dat je begrijpt dat dit niet terug te draaien is.' }),
})

export async function eraseAccount(userId: string, input: unknown): Promise<FormResult> {
  const parsed = eraseSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  })
  if (!user) return { ok: false, message: 'Dit account bestaat niet meer.' }
  if (user.passwordHash) {
    const password = parsed.data.password ?? ''
    if (!password) return { ok: false, fieldErrors: { password: 'Vul je wachtwoord in om te bevestigen.' } }
    if (!(await verifyPassword(user.passwordHash, password))) {
      return { ok: false, fieldErrors: { password: 'Dit wachtwoord klopt niet.' } }
    }
  }
  await eraseUser(db(), userId, user.email)
  return { ok: true, message: 'Je account is verwijderd.' }
}

type Person = { id: string; email: string }

/**
 * One step per model of ERASURE_STEPS (lib/accounts/erasure-fields.ts): personal data that has no foreign key to the
 * user row, found by the e-mail address or the id. The type makes a declared model without a step fail to compile.
 */
const ERASURE_STEP_RUNNERS: Record<
  ErasureStepModel,
  (client: Client, person: Person) => Prisma.PrismaPromise<unknown>[]
> = {
  // Sign-in failures are keyed by the address, not by the user.
  LoginFailure: (client, { email }) => [
    client.loginFailure.deleteMany({ where: { key: `email:${email.toLowerCase()}` } }),
  ],
  // Invitations to the address go; invitations this person sent stay for the invitee, without the sender.
  Invitation: (client, { id, email }) => [
    client.invitation.deleteMany({ where: { email: { equals: email, mode: 'insensitive' } } }),
    client.invitation.updateMany({ where: { createdById: id }, data: { createdById: null } }),
  ],
  OutgoingMail: (client, { email }) => [
    client.outgoingMail.deleteMany({ where: { to: { equals: email, mode: 'insensitive' } } }),
  ],
  // Co-docents this person added to a class stay owners; the row no longer says who added them.
  GroupOwner: (client, { id }) => [
    client.groupOwner.updateMany({ where: { addedById: id }, data: { addedById: null } }),
  ],
}

/** Deletes the person; shared with the retention job, which brings its own client. */
export async function eraseUser(client: Client, userId: string, email: string) {
  const person = { id: userId, email }
  await client.$transaction([
    ...Object.values(ERASURE_STEP_RUNNERS).flatMap((step) => step(client, person)),
    client.user.delete({ where: { id: userId } }),
  ])
}
