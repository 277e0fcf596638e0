import { runRetention } from '@/lib/accounts/retention.server'
import type { Client } from '@/lib/db/client.server'
import { TERM_RULE_IDS, TERMS, type TermRuleId } from './retention-rules'

// The retention job (npm run retention): one step per retention rule with a term (lib/privacy/retention-rules.ts).
// The record type makes a term without a step fail to compile; tests/integration/retention.test.ts seeds old rows for
// every term the inventory uses and checks each step removes them and keeps the fresh ones.

export type RetentionOptions = { months: number; dryRun?: boolean; now?: Date }
type StepContext = { client: Client; now: Date; months: number; dryRun: boolean }
type Step = (c: StepContext) => Promise<number>

const DAY = 86_400_000
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY)
const monthsAgo = (now: Date, months: number) => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** Counts in a dry run, deletes otherwise; either way the number of rows concerned. */
async function sweep(dryRun: boolean, count: () => Promise<number>, remove: () => Promise<{ count: number }>) {
  return dryRun ? count() : (await remove()).count
}

export const RETENTION_STEPS: Record<TermRuleId, Step> = {
  'inactive-learners': async ({ client, now, months, dryRun }) => {
    const result = await runRetention(client, { months, dryRun, now })
    return dryRun ? result.candidates : result.erased
  },
  'audit-log': ({ client, now, dryRun }) => {
    const where = { createdAt: { lt: monthsAgo(now, TERMS.auditLogMonths) } }
    return sweep(
      dryRun,
      () => client.auditLog.count({ where }),
      () => client.auditLog.deleteMany({ where }),
    )
  },
  invitations: ({ client, now, dryRun }) => {
    const cutoff = daysAgo(now, TERMS.invitationDays)
    const where = { OR: [{ acceptedAt: { lt: cutoff } }, { expiresAt: { lt: cutoff } }] }
    return sweep(
      dryRun,
      () => client.invitation.count({ where }),
      () => client.invitation.deleteMany({ where }),
    )
  },
  'login-failures': ({ client, now, dryRun }) => {
    const where = { createdAt: { lt: daysAgo(now, TERMS.loginFailureDays) } }
    return sweep(
      dryRun,
      () => client.loginFailure.count({ where }),
      () => client.loginFailure.deleteMany({ where }),
    )
  },
  'revoked-sessions': ({ client, now, dryRun }) => {
    const where = { expiresAt: { lt: now } }
    return sweep(
      dryRun,
      () => client.revokedSession.count({ where }),
      () => client.revokedSession.deleteMany({ where }),
    )
  },
  'password-resets': ({ client, now, dryRun }) => {
    const where = { expiresAt: { lt: daysAgo(now, TERMS.passwordResetDays) } }
    return sweep(
      dryRun,
      () => client.passwordResetToken.count({ where }),
      () => client.passwordResetToken.deleteMany({ where }),
    )
  },
  'remembered-devices': ({ client, now, dryRun }) => {
    const where = { expiresAt: { lt: now } }
    return sweep(
      dryRun,
      () => client.mfaRememberedDevice.count({ where }),
      () => client.mfaRememberedDevice.deleteMany({ where }),
    )
  },
  'lti-login-states': ({ client, now, dryRun }) => {
    const where = { expiresAt: { lt: now } }
    return sweep(
      dryRun,
      () => client.ltiLoginState.count({ where }),
      () => client.ltiLoginState.deleteMany({ where }),
    )
  },
  'lti-handoffs': ({ client, now, dryRun }) => {
    const where = { expiresAt: { lt: now } }
    return sweep(
      dryRun,
      () => client.ltiHandoff.count({ where }),
      () => client.ltiHandoff.deleteMany({ where }),
    )
  },
  'outgoing-mail': ({ client, now, dryRun }) => {
    const where = { createdAt: { lt: daysAgo(now, TERMS.outgoingMailDays) } }
    return sweep(
      dryRun,
      () => client.outgoingMail.count({ where }),
      () => client.outgoingMail.deleteMany({ where }),
    )
  },
  // Only delivered rows: an undelivered statement is still on its way to the Learning Record Store.
  'xapi-delivered': ({ client, now, dryRun }) => {
    const where = { sentAt: { lt: daysAgo(now, TERMS.deliveredDays) } }
    return sweep(
      dryRun,
      () => client.xapiStatement.count({ where }),
      () => client.xapiStatement.deleteMany({ where }),
    )
  },
  // Delivered, or refused for good by the platform (parked) that long ago.
  'lti-scores-delivered': ({ client, now, dryRun }) => {
    const before = daysAgo(now, TERMS.deliveredDays)
    const where = { OR: [{ sentAt: { lt: before } }, { parkedAt: { lt: before } }] }
    return sweep(
      dryRun,
      () => client.ltiScore.count({ where }),
      () => client.ltiScore.deleteMany({ where }),
    )
  },
}

/** Runs every step in the order of the rules; returns the rows removed (or, in a dry run, found) per rule. */
export async function runRetentionJob(client: Client, options: RetentionOptions): Promise<Record<TermRuleId, number>> {
  const context = { client, now: options.now ?? new Date(), months: options.months, dryRun: options.dryRun ?? false }
  const result = {} as Record<TermRuleId, number>
  for (const id of TERM_RULE_IDS) result[id] = await RETENTION_STEPS[id](context)
  return result
}
