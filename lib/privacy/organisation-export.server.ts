import { AUDIT_ACTIONS } from '@/lib/audit/describe'
import { AUDIT_EXPORT_MAX_ROWS, auditRows } from '@/lib/audit/query.server'
import { type Client, db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { type Inventory, personalFields } from './inventory'
import { MODEL_LABELS } from './labels'
import { RETENTION_RULES } from './retention-rules'
import { loadInventory } from './schema-inventory'
import { AUDIENCES, CATEGORIES, type Category, GROUNDS, PURPOSES } from './vocabulary'

// The privacy pack of one organisation, for its privacy officer (FG), a DPIA or an inspection (/beheer/privacy): the
// data inventory, the log of every export and role change in the organisation, and how many people and records it
// holds per table and per category of personal data.

/** The audit actions the FG asks about: every download of data and every change of a role. */
export const FG_AUDIT_ACTIONS = Object.keys(AUDIT_ACTIONS).filter(
  (action) => action.endsWith('.export') || action === 'user.role-change',
)

type Counter = (client: Client, organisationId: string) => Promise<number>
const member = (organisationId: string) => ({ memberships: { some: { organisationId } } })

/**
 * Rows of each table with personal data that belong to the organisation. A table that is not kept per organisation
 * (sign-in failures, mail kept without SMTP) counts as null: its rows cannot be attributed to one organisation.
 * tests/integration/organisation-export.test.ts fails when a table with personal data has no counter here.
 */
export const ORGANISATION_COUNTERS: Record<string, Counter | null> = {
  User: (c, o) => c.user.count({ where: member(o) }),
  Membership: (c, o) => c.membership.count({ where: { organisationId: o } }),
  Group: (c, o) => c.group.count({ where: { organisationId: o } }),
  GroupOwner: (c, o) => c.groupOwner.count({ where: { group: { organisationId: o } } }),
  GroupMember: (c, o) => c.groupMember.count({ where: { group: { organisationId: o } } }),
  Certificate: (c, o) => c.certificate.count({ where: { user: member(o) } }),
  Attempt: (c, o) => c.attempt.count({ where: { user: member(o) } }),
  ChoiceEvent: (c, o) => c.choiceEvent.count({ where: { attempt: { user: member(o) } } }),
  LoginFailure: null,
  LtiHandoff: (c, o) => c.ltiHandoff.count({ where: { user: member(o) } }),
  Invitation: (c, o) => c.invitation.count({ where: { organisationId: o } }),
  AuditLog: (c, o) => c.auditLog.count({ where: { organisationId: o } }),
  LearnerDilemma: (c, o) => c.learnerDilemma.count({ where: { organisationId: o } }),
  FirstAnswer: (c, o) => c.firstAnswer.count({ where: { organisationId: o } }),
  ExternalIdentity: (c, o) => c.externalIdentity.count({ where: { user: member(o) } }),
  LtiGradeLink: (c, o) => c.ltiGradeLink.count({ where: { platform: { organisationId: o } } }),
  LtiScore: (c, o) => c.ltiScore.count({ where: { gradeLink: { platform: { organisationId: o } } } }),
  XapiStatement: (c, o) => c.xapiStatement.count({ where: { organisationIds: { has: o } } }),
  LocalAgreementVersion: (c, o) => c.localAgreementVersion.count({ where: { agreement: { organisationId: o } } }),
  PasswordResetToken: (c, o) => c.passwordResetToken.count({ where: { user: member(o) } }),
  MfaRecoveryCode: (c, o) => c.mfaRecoveryCode.count({ where: { user: member(o) } }),
  MfaRememberedDevice: (c, o) => c.mfaRememberedDevice.count({ where: { user: member(o) } }),
  OutgoingMail: null,
  LiveSession: (c, o) => c.liveSession.count({ where: { organisationId: o } }),
  LiveParticipant: (c, o) => c.liveParticipant.count({ where: { session: { organisationId: o } } }),
  LiveVote: (c, o) => c.liveVote.count({ where: { session: { organisationId: o } } }),
}

export type TableCount = { table: string; label: string; records: number | null; categories: Category[] }

export async function organisationCounts(organisationId: string, inventory: Inventory = loadInventory()) {
  const client = db()
  const tables: TableCount[] = []
  for (const model of inventory.models) {
    const personal = model.fields.filter((f) => f.entry.personal)
    if (personal.length === 0) continue
    const counter = ORGANISATION_COUNTERS[model.name]
    if (counter === undefined) throw new Error(`${model.name} holds personal data but has no organisation counter`)
    tables.push({
      table: model.name,
      label: MODEL_LABELS[model.name] ?? model.name,
      records: counter ? await counter(client, organisationId) : null,
      categories: [...new Set(personal.map((f) => f.entry.category as Category))],
    })
  }
  const roles = await client.membership.groupBy({
    by: ['role'],
    where: { organisationId },
    _count: { _all: true },
  })
  const people = await client.user.count({ where: member(organisationId) })
  const categories = (Object.keys(CATEGORIES) as Category[]).map((category) => {
    const holding = tables.filter((t) => t.categories.includes(category))
    return {
      category,
      label: CATEGORIES[category],
      tables: holding.map((t) => t.table),
      records: holding.reduce((sum, t) => sum + (t.records ?? 0), 0),
    }
  })
  return {
    people,
    peoplePerRole: Object.fromEntries(roles.map((r) => [r.role, r._count._all])),
    categories,
    tables,
  }
}

/** The inventory with its codes spelled out, as the FG reads it. */
export function readableInventory(inventory: Inventory) {
  const context = { inactiveMonths: env().RETENTION_INACTIVE_MONTHS }
  return inventory.models.map((model) => ({
    table: model.name,
    label: MODEL_LABELS[model.name] ?? model.name,
    fields: model.fields.map(({ name, entry }) => ({
      field: name,
      personal: entry.personal,
      category: entry.category ? CATEGORIES[entry.category] : null,
      purpose: PURPOSES[entry.purpose],
      legalGround: entry.ground ? GROUNDS[entry.ground] : null,
      seenBy: (entry.seen ?? []).map((a) => AUDIENCES[a]),
      retention: RETENTION_RULES[entry.keep].text(context),
      retentionRule: entry.keep,
      enforcedBy: RETENTION_RULES[entry.keep].enforcedBy,
    })),
  }))
}

export async function organisationPrivacyExport(organisationId: string) {
  const organisation = await db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { name: true, slug: true, kind: true },
  })
  const inventory = loadInventory()
  const [counts, log] = await Promise.all([
    organisationCounts(organisationId, inventory),
    auditRows({}, { skip: 0, take: AUDIT_EXPORT_MAX_ROWS }, { organisationId, action: { in: FG_AUDIT_ACTIONS } }),
  ])
  return {
    about:
      'Privacygegevens van deze organisatie in Deelwijs, voor de functionaris gegevensbescherming: de gegevensinventaris, het logboek van downloads en rolwijzigingen, en aantallen per soort gegeven.',
    organisation,
    generatedAt: new Date().toISOString(),
    counts,
    auditLog: { actions: FG_AUDIT_ACTIONS, total: log.total, rows: log.rows },
    personalFields: personalFields(inventory).length,
    inventory: readableInventory(inventory),
  }
}
