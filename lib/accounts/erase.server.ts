import { z } from 'zod'
import { verifyPassword } from '@/lib/auth/password.server'
import { type Client, db } from '@/lib/db/client.server'
import { type FormResult, fieldErrorsOf } from '@/lib/forms/result'

// Erasing an account (AVG art. 17). Personal data goes: the user row with name, e-mail and password hash, roles,
// class memberships, certificates, sign-in failures, links to outside accounts (OIDC, LTI) and gradebook links. What a learner chose stays only in anonymised form: attempts,
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

/** Deletes the person; shared with the retention job, which brings its own client. */
export async function eraseUser(client: Client, userId: string, email: string) {
  await client.$transaction([
    client.loginFailure.deleteMany({ where: { key: `email:${email.toLowerCase()}` } }),
    client.user.delete({ where: { id: userId } }),
  ])
}
