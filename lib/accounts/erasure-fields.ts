import type { Prisma } from '@/lib/db/generated/client'
import type { TermRuleId } from '@/lib/privacy/retention-rules'
import type { ScalarField } from './my-data-fields'

// What erasing an account (lib/accounts/erase.server.ts) does beyond the foreign keys. Rows that point at the user
// with onDelete: Cascade go with the user, rows with onDelete: SetNull stay without the link (anonymised); the
// inventory check (lib/privacy/coverage.ts) reads both from the schema. Personal data in models without such a link
// must be listed here: erased by a step of eraseUser (which runs one step per entry), or kept on purpose, with the
// AVG art. 17 lid 3 reason and the retention term that removes it later.

type Steps = { [M in Prisma.ModelName]?: readonly ScalarField<M>[] }
type Kept = { [M in Prisma.ModelName]?: { fields: readonly ScalarField<M>[]; reason: string; until: TermRuleId } }

/** Columns erased by an explicit step of eraseUser. */
export const ERASURE_STEPS = {
  LoginFailure: ['key', 'createdAt'],
  Invitation: ['email', 'role', 'acceptedAt', 'createdById'],
  OutgoingMail: ['to', 'subject', 'text', 'html', 'createdAt'],
  GroupOwner: ['addedById'],
} as const satisfies Steps

export type ErasureStepModel = keyof typeof ERASURE_STEPS

/** Columns kept after erasure, until their retention term. */
export const KEPT_AFTER_ERASURE = {
  AuditLog: {
    fields: ['actorId', 'action', 'detail', 'createdAt'],
    reason:
      'Verantwoording (AVG art. 5 lid 2, art. 17 lid 3 sub b en e): het logboek laat zien wie wat deed, ook na het verwijderen van een account',
    until: 'audit-log',
  },
} as const satisfies Kept
